// rejections handled later in the same microtask checkpoint are not reported as unhandled
const log = (s) => console.log(s);
const r1 = Promise.reject(new Error('one'));
Promise.resolve().then(() => {
  log('attach handler to r1');
  r1.catch((e) => log('r1 handled: ' + e.message));
});
const r2 = Promise.reject('two');
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => {
  log('attach handler to r2 at t3');
  r2.then(null, (e) => log('r2 handled: ' + e));
});
Promise.resolve().then(() => { throw 'three'; }).then(() => log('never')).catch((e) => log('three caught ' + e));
queueMicrotask(() => { const r4 = Promise.reject('four'); queueMicrotask(() => r4.catch((e) => log('r4 ' + e))); });
setTimeout(() => log('timer, exit 0'), 0);
