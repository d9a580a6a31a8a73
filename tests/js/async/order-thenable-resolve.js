// resolve(thenable) calls thenable.then in a later microtask, not synchronously
const log = (s) => console.log(s);
const thenable = {
  then(onFul, onRej) {
    log('then called, typeof args ' + typeof onFul + ' ' + typeof onRej);
    onFul('T');
  },
};
const p = new Promise((resolve) => {
  resolve(thenable);
  log('after resolve');
});
p.then((v) => log('p fulfilled ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
log('sync end');
