// return() on a generator that has not started: the body (and its finally) never runs, the
// value is awaited, and next() calls queued behind the return wait for it; a promise whose
// constructor getter throws makes that return() reject.
let tick = 0; (function t() { if (tick < 8) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
let ran = false;
async function* g() { try { ran = true; yield 1; } finally { console.log('finally (never)'); } }
const a = g();
a.return('early').then(r => console.log('a return', r));
a.next().then(r => console.log('a next', r));
a.return('again').then(r => console.log('a return again', r));
const b = g();
b.return(new Promise(res => Promise.resolve().then(() => res('slow')))).then(r => console.log('b return', r));
b.next().then(r => console.log('b next', r));
const c = g();
const thenable = { then(res) { console.log('thenable.then called'); res('from thenable'); } };
c.return(thenable).then(r => console.log('c return', r));
const d = g();
const broken = Promise.resolve('never seen');
Object.defineProperty(broken, 'constructor', { get() { console.log('get constructor'); throw new Error('broken constructor'); } });
d.return(broken).then(r => console.log('d fulfilled?!', r), e => console.log('d return rejected:', e.message));
d.next().then(r => console.log('d next', r));
console.log('sync end, body ran:', ran);
setTimeout(() => console.log('body ran at all:', ran), 0);
