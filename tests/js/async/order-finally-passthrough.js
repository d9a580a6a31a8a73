// finally passes the original value or reason through, ignoring its own return value
const log = (s) => console.log(s);
Promise.resolve('val')
  .finally(function () { log('finally 1 args=' + arguments.length); return 'ignored'; })
  .then((v) => log('then after finally: ' + v));
Promise.reject('err')
  .finally(function () { log('finally 2 args=' + arguments.length); return 'ignored'; })
  .catch((e) => log('catch after finally: ' + e));
Promise.resolve('x').finally().then((v) => log('finally without callback: ' + v));
Promise.resolve('y').finally(42).then((v) => log('finally non-callable: ' + v));
