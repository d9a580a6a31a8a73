// In an async generator `return x` awaits x inside the generator, so a rejected promise returned from
// a try block is caught there (unlike in an async function); plain return vs return await tick counts.
let tick = 0; (function t() { if (tick < 8) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* genReturn() {
  try { return Promise.reject(new Error('gen')); } catch (e) { console.log('genReturn caught', e.message); return 'recovered'; } finally { console.log('genReturn finally'); }
}
async function* genReturnAwait() {
  try { return await Promise.reject(new Error('gen2')); } catch (e) { console.log('genReturnAwait caught', e.message); return 'recovered2'; }
}
async function fnReturn() {
  try { return Promise.reject(new Error('fn')); } catch (e) { console.log('fnReturn caught (never)'); } finally { console.log('fnReturn finally'); }
}
async function* plain() { try { return 'plain'; } finally { console.log('plain finally'); } }
async function* promised() { try { return Promise.resolve('promised'); } finally { console.log('promised finally'); } }
async function* awaited() { try { return await Promise.resolve('awaited'); } finally { console.log('awaited finally'); } }
genReturn().next().then(r => console.log('genReturn result', r));
genReturnAwait().next().then(r => console.log('genReturnAwait result', r));
fnReturn().catch(e => console.log('fnReturn rejected', e.message));
plain().next().then(r => console.log('plain result', r));
promised().next().then(r => console.log('promised result', r));
awaited().next().then(r => console.log('awaited result', r));
console.log('sync end');
