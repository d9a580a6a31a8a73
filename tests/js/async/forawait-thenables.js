// for await over sync iterables of thenables: then() is called during a later job, thenables that resolve late, reject, or throw.
let tick = 0;
(function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

const immediate = { then(res) { console.log('immediate.then called at tick', tick); res('imm'); } };
const nested = { then(res) { console.log('nested.then called at tick', tick); res({ then(r2) { console.log('inner.then at tick', tick); r2('nested'); } }); } };
let laterResolve;
const later = { then(res) { console.log('later.then called at tick', tick); laterResolve = res; } };
const rejecting = { then(_, rej) { console.log('rejecting.then called'); rej(new RangeError('thenable rejected')); } };
const throwing = { then() { throw new SyntaxError('then threw'); } };
const getterThen = { get then() { console.log('then getter read at tick', tick); return (r) => r('via getter'); } };

async function main() {
  for await (const v of [immediate, nested, getterThen]) console.log('got', v, 'at tick', tick);
  setTimeout(() => { console.log('timer resolves later'); laterResolve('late value'); }, 1);
  for await (const v of [later]) console.log('got', v);
  for (const bad of [rejecting, throwing]) {
    try {
      for await (const v of ['before', bad, 'after']) console.log('loop value', v);
    } catch (e) {
      console.log('caught', e.name, e.message);
    }
  }
  // a thenable whose then calls resolve twice: only the first counts
  const twice = { then(r) { r('first'); r('second'); } };
  for await (const v of [twice]) console.log('twice gave', v);
}

main().then(() => console.log('main done'));
console.log('sync end');
