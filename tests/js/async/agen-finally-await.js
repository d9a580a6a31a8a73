// finally blocks that await: return() only settles after every await in the finally chain, and
// next() calls queued meanwhile wait; a yield inside finally during return() is delivered normally.
let tick = 0; (function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* g() {
  try {
    try {
      yield 'body';
    } finally {
      console.log('inner finally start');
      await null;
      console.log('inner finally after await');
    }
  } finally {
    console.log('outer finally start');
    await Promise.resolve();
    yield 'from finally';
    console.log('outer finally end');
  }
}
const it = g();
it.next().then(r => {
  console.log('first', r);
  it.return('bye').then(r => console.log('return', r));
  it.next('n1').then(r => console.log('queued next 1', r));
  it.next('n2').then(r => console.log('queued next 2', r));
});
console.log('sync end');
