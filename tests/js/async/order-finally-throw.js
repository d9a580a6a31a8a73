// an exception thrown inside finally replaces the value or the reason
const log = (s) => console.log(s);
Promise.resolve(1)
  .finally(() => { throw new Error('thrown in finally'); })
  .then((v) => log('a fulfilled ' + v), (e) => log('a rejected ' + e.message));
Promise.reject(new Error('original'))
  .finally(() => { throw new Error('replacement'); })
  .catch((e) => log('b rejected ' + e.message));
Promise.reject('r').finally(() => log('c finally')).finally(() => log('c finally 2')).catch((e) => log('c caught ' + e));
