// return() on a generator delegating with yield* is forwarded to the inner iterator's return():
// the inner finally runs first, then the outer; an inner return() answering done:false keeps going.
async function* inner() {
  try { yield 'inner 1'; yield 'inner 2'; } finally { console.log('inner finally'); await null; console.log('inner finally after await'); }
}
async function* outer() {
  try { yield* inner(); } finally { console.log('outer finally'); }
}
const stubborn = {
  [Symbol.asyncIterator]() { return this; },
  count: 0,
  next() { return Promise.resolve({ value: 'stubborn ' + ++this.count, done: false }); },
  return(v) { console.log('stubborn return called with', v); return { value: 'refused', done: false }; },
};
async function* outer2() { try { yield* stubborn; } finally { console.log('outer2 finally (never)'); } }
async function main() {
  const it = outer();
  console.log(await it.next());
  const p = it.return(Promise.resolve('R'));
  Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
  console.log('return', await p);
  console.log('next', await it.next());
  const it2 = outer2();
  console.log(await it2.next());
  console.log('return on stubborn', await it2.return('stop'));
  console.log('next on stubborn', await it2.next());
}
main();
