// Promise.all calls Promise.resolve(x).then for each element; thenables and promises interleave
const log = (s) => console.log(s);
const t = { then(r) { log('thenable then'); r('T'); } };
const original = Promise.resolve;
let calls = 0;
Promise.resolve = function (x) { calls++; return original.call(this, x); };
Promise.all([1, t, Promise.resolve('P')]).then((v) => log('all ' + v.join(',') + ' calls=' + calls));
Promise.resolve = original;
Promise.race([t, 'plain']).then((v) => log('race ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
log('sync end');
