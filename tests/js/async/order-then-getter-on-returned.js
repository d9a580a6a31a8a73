// for a value returned from a handler, then is read right after the handler, before the next tick
const log = (s) => console.log(s);
const ret = {};
Object.defineProperty(ret, 'then', {
  get() { log('get then'); return (r) => { log('call then'); r('R'); }; },
});
Promise.resolve()
  .then(() => { log('handler returns'); return ret; })
  .then((v) => log('got ' + v));
Promise.resolve().then(() => log('other 1')).then(() => log('other 2')).then(() => log('other 3'));
