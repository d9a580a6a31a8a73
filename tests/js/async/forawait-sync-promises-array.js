// for await over a sync array mixing plain values and promises: each element is awaited in order, and the tick cost per element.
let tick = 0;
(function t() { if (tick < 20) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

const slowLater = new Promise((r) => setTimeout(() => r('late'), 5));
const deferred = {};
const pending = new Promise((r) => { deferred.resolve = r; });

async function main() {
  const arr = [1, Promise.resolve(2), 3, pending, slowLater, Promise.resolve(Promise.resolve(6))];
  for await (const v of arr) {
    console.log('got', v, 'at tick', tick);
    if (v === 3) {
      // resolving later elements while iterating: still consumed in array order
      Promise.resolve().then(() => deferred.resolve('resolved-from-body'));
    }
  }
  console.log('array done at tick', tick);

  // holes and undefined in the array
  const holes = [, undefined, Promise.resolve(undefined)];
  for await (const v of holes) console.log('hole value', v);

  // array mutated during iteration
  const grow = [Promise.resolve('x')];
  for await (const v of grow) {
    console.log('grow', v);
    if (grow.length < 3) grow.push(Promise.resolve(v + '!'));
  }
}

main().then(() => console.log('main done'));
console.log('sync end');
