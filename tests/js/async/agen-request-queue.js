// Request queue: several next() calls made before the first settles are answered in FIFO order,
// each settling at a fixed microtask tick relative to a tick counter; the first next() argument is ignored.
let tick = 0; (function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* g() {
  console.log('body start');
  const a = yield 'one';
  console.log('got', a);
  const b = yield Promise.resolve('two');
  console.log('got', b);
  await null;
  const c = yield 'three';
  console.log('got', c);
  return 'end';
}
const it = g();
const ps = [it.next('ignored'), it.next('A'), it.next('B'), it.next('C'), it.next('D')];
console.log('all next() called; distinct promises:', new Set(ps).size);
console.log('each is a Promise:', ps.every(p => p instanceof Promise));
ps.forEach((p, i) => p.then(r => console.log('settled', i, r)));
Promise.all(ps).then(rs => console.log('all values', rs.map(r => r.value).join(',')));
console.log('sync end');
