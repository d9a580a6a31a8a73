// Promise.resolve(thenable) wraps it in a new promise and calls then in a microtask
const log = (s) => console.log(s);
const thenable = { then(r) { log('then called'); r(42); } };
const p = Promise.resolve(thenable);
log('p is promise ' + (p instanceof Promise) + ', same ' + (p === thenable));
p.then((v) => log('value ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
const rej = Promise.reject({ then() { log('never called'); } });
rej.catch((e) => log('reject does not unwrap: ' + typeof e.then));
log('sync end');
