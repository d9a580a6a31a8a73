// a thenable that calls resolve/reject more than once: only the first call counts
const log = (s) => console.log(s);
const t1 = { then(res, rej) { log('t1 then'); res('first'); res('second'); rej('third'); } };
Promise.resolve(t1).then((v) => log('t1 -> ' + v), (e) => log('t1 rejected ' + e));
const t2 = { then(res, rej) { log('t2 then'); rej('no'); res('yes'); } };
Promise.resolve(t2).then((v) => log('t2 -> ' + v), (e) => log('t2 rejected ' + e));
const t3 = { then(res) { log('t3 then'); res({ then(r) { log('t3 inner then'); r('inner'); } }); res('outer'); } };
Promise.resolve(t3).then((v) => log('t3 -> ' + v));
log('sync end');
