// let/const in the for await head create a fresh binding per iteration (captured by closures that run later); var shares one binding.
let tick = 0;
(function t() { if (tick < 30) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

async function* gen() {
  for (let i = 1; i <= 3; i++) { await null; yield 'v' + i; }
}

async function main() {
  const letFns = [];
  for await (let v of gen()) {
    letFns.push(() => v);
    setTimeout(() => console.log('timer sees let', v), 0);
    v += '-mutated'; // mutating the per-iteration binding is visible only to this iteration's closures
  }
  console.log('let closures', letFns.map((f) => f()).join(' '));

  const constFns = [];
  for await (const v of ['c1', Promise.resolve('c2')]) {
    Promise.resolve().then(() => console.log('microtask sees const', v, 'at tick', tick));
    constFns.push(() => v);
  }
  console.log('const closures', constFns.map((f) => f()).join(' '));

  const varFns = [];
  for await (var w of gen()) {
    varFns.push(() => w);
    setTimeout(() => console.log('timer sees var', w), 0);
  }
  console.log('var closures', varFns.map((f) => f()).join(' '), 'after loop w =', w);

  // TDZ: the head expression cannot see the loop's own binding
  try {
    const arr = ['outer'];
    for await (const arr2 of (() => { try { return [typeof q]; } catch (e) { return [e.name]; } })()) console.log('head sees', arr2);
    let q = 1;
    for await (let arr of arr) console.log('unreachable', arr);
  } catch (e) {
    console.log('TDZ in head', e.name);
  }
}

main().then(() => console.log('main done at tick', tick));
console.log('sync end');
