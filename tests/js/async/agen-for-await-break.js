// Leaving a for-await loop (break, return, throw) calls the generator's return() and waits for it,
// including awaits in the generator's finally, before the code after the loop runs; a return()
// result that is not an object, or that rejects, surfaces at the break, but a body throw wins.
let tick = 0; (function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* source(name) {
  try {
    for (let i = 1; ; i++) yield name + i;
  } finally {
    console.log(name, 'finally start');
    await null;
    console.log(name, 'finally end');
  }
}
async function withBreak() {
  for await (const v of source('b')) { console.log('loop', v); if (v === 'b2') break; }
  console.log('after break');
}
async function withReturn() {
  for await (const v of source('r')) { console.log('loop', v); return 'returned ' + v; }
}
async function withThrow() {
  try {
    for await (const v of source('t')) { console.log('loop', v); throw new Error('thrown at ' + v); }
  } catch (e) { console.log('caught', e.message); }
}
function bad(ret) {
  return { [Symbol.asyncIterator]() { return this; }, next() { return { value: 1, done: false }; }, return: ret };
}
async function oddReturns() {
  try { for await (const v of bad(() => 7)) break; } catch (e) { console.log('non-object return result:', e.name); }
  try { for await (const v of bad(() => Promise.reject(new Error('rejected return')))) break; } catch (e) { console.log('break ->', e.message); }
  try { for await (const v of bad(() => { throw new Error('from return'); })) throw new Error('from body'); } catch (e) { console.log('body throw wins:', e.message); }
  try { for await (const v of bad(() => 7)) throw new Error('body again'); } catch (e) { console.log('body throw wins over non-object:', e.message); }
}
withBreak();
withReturn().then(v => console.log(v));
withThrow();
setTimeout(oddReturns, 0);
console.log('sync end');
