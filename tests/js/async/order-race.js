// Promise.race settles with whichever element settles first, ties broken by input order
const log = (s) => console.log(s);
let slowRes;
const slow = new Promise((r) => { slowRes = r; });
Promise.race([slow, Promise.reject('rej'), Promise.resolve('res')]).then(
  (v) => log('race1 fulfilled ' + v), (e) => log('race1 rejected ' + e));
Promise.race([slow, 'plain', Promise.resolve('res')]).then((v) => log('race2 ' + v));
Promise.race([slow]).then((v) => log('race3 ' + v));
Promise.resolve().then(() => { log('t1 settle slow'); slowRes('slow'); }).then(() => log('t2')).then(() => log('t3'));
log('sync end');
