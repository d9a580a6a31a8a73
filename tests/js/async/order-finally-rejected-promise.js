// finally returning a rejected promise overrides the result; a fulfilled one does not
const log = (s) => console.log(s);
Promise.resolve('orig')
  .finally(() => Promise.reject('from finally'))
  .then((v) => log('a fulfilled ' + v), (e) => log('a rejected ' + e));
Promise.reject('orig-err')
  .finally(() => Promise.resolve('ignored'))
  .then((v) => log('b fulfilled ' + v), (e) => log('b rejected ' + e));
let release;
Promise.resolve('waited')
  .finally(() => new Promise((r) => { release = r; }))
  .then((v) => log('c fulfilled ' + v));
Promise.resolve().then(() => log('t1')).then(() => { log('t2 release'); release('nope'); }).then(() => log('t3'));
