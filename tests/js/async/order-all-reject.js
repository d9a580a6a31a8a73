// Promise.all rejects with the first rejection to happen, not the first in input order
const log = (s) => console.log(s);
let rejLate;
const slow = new Promise((_, rej) => { rejLate = rej; });
const fast = Promise.reject('fast');
Promise.all([slow, 'x', fast]).then(
  () => log('never'),
  (e) => log('all rejected with ' + e),
);
Promise.resolve().then(() => { log('reject slow'); rejLate('slow'); });
slow.catch(() => log('slow handled'));
Promise.all([Promise.reject('r1'), Promise.reject('r2')]).catch((e) => log('two rejections: ' + e));
log('sync end');
