// top level: all nextTicks run first (FIFO), then promise jobs and queueMicrotask jobs together in FIFO order
const log = (s) => console.log(s);
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('tick 2'));
queueMicrotask(() => log('microtask 2'));
Promise.reject(new Error('x')).catch(() => log('catch 1'));
process.nextTick((a, b, c, d, e) => log('tick 3 ' + [a, b, c, d, e].join(',')), 1, 2, 3, 4, 5);
log('sync end');
