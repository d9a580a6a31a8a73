// resolving a promise with itself rejects with a TypeError
const log = (s) => console.log(s);
let resolveSelf;
const p = new Promise((r) => { resolveSelf = r; });
resolveSelf(p);
p.catch((e) => log('self resolution: ' + e.name + ' ' + (e instanceof TypeError)));
const q = Promise.resolve().then(() => q);
q.catch((e) => log('then returning own promise: ' + e.name));
Promise.resolve().then(() => log('m1')).then(() => log('m2'));
log('sync end');
