// Promise.resolve returns a native promise unchanged, and then() always returns a new promise
const log = (s) => console.log(s);
const p = Promise.resolve(1);
log('resolve(p) === p: ' + (Promise.resolve(p) === p));
const r = Promise.reject('x');
log('resolve(rejected) === rejected: ' + (Promise.resolve(r) === r));
r.catch(() => log('rejected handled'));
log('then returns new: ' + (p.then() !== p));
const q = new Promise((res) => res(p));
log('new Promise(res(p)) !== p: ' + (q !== p));
p.then(() => log('p then'));
Promise.resolve(p).then(() => log('Promise.resolve(p) then'));
q.then(() => log('q then'));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
