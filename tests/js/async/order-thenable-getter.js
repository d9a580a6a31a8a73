// the then property is read synchronously during resolve, exactly once; the call happens later
const log = (s) => console.log(s);
let reads = 0;
const thenable = {
  get then() {
    reads++;
    log('get then #' + reads);
    return function (r) { log('then invoked, reads=' + reads); r('done'); };
  },
};
new Promise((resolve) => {
  log('before resolve');
  resolve(thenable);
  log('after resolve');
}).then((v) => log('fulfilled ' + v + ', reads=' + reads));
const bad = { get then() { log('getter throws'); throw new Error('boom'); } };
Promise.resolve(bad).catch((e) => log('rejected with ' + e.message));
Promise.resolve().then(() => log('m1')).then(() => log('m2'));
log('sync end');
