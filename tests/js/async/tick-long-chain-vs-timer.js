// a long promise chain and recursive microtasks fully drain before a zero-delay timer
let count = 0;
let p = Promise.resolve();
for (let i = 0; i < 1000; i++) p = p.then(() => { count++; });
p.then(() => console.log('chain done, count', count));
let m = 0;
function again() { m++; if (m < 500) queueMicrotask(again); else console.log('microtasks done', m); }
queueMicrotask(again);
setTimeout(() => console.log('timer sees count', count, 'and m', m), 0);
console.log('sync, count', count);
