// Promise.withResolvers returns a pending promise whose resolve can be called from elsewhere
const log = (s) => console.log(s);
const { promise, resolve, reject } = Promise.withResolvers();
log(typeof resolve + ' ' + typeof reject + ' ' + (promise instanceof Promise));
promise.then((v) => log('resolved with ' + v));
Promise.resolve().then(() => { log('m1 resolving'); resolve('R'); reject('ignored'); }).then(() => log('m2')).then(() => log('m3'));
const w2 = Promise.withResolvers();
w2.promise.catch((e) => log('caught ' + e));
w2.reject('E');
class Sub extends Promise {}
log('subclass withResolvers: ' + (Sub.withResolvers().promise instanceof Sub));
log('sync end');
