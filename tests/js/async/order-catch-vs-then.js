// rejections skip then handlers without onRejected, one tick per skipped link
const log = (s) => console.log(s);
Promise.reject('E')
  .then(() => log('skipped 1'))
  .then(() => log('skipped 2'))
  .catch((e) => { log('caught ' + e); return 'recovered'; })
  .then((v) => log('after catch ' + v));
Promise.reject('F').catch((e) => log('direct catch ' + e));
Promise.resolve()
  .then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
Promise.resolve('G').catch(() => log('never')).then((v) => log('catch passes value ' + v));
