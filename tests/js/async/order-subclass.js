// subclasses of Promise: then/finally produce instances of the subclass and run the same ticks
const log = (s) => console.log(s);
let constructed = 0;
class MyPromise extends Promise {
  constructor(executor) {
    constructed++;
    super(executor);
  }
}
const p = MyPromise.resolve(1);
log('resolve gives MyPromise: ' + (p instanceof MyPromise) + ', constructed=' + constructed);
const q = p.then((v) => { log('then ' + v); return v + 1; });
log('then gives MyPromise: ' + (q instanceof MyPromise) + ', constructed=' + constructed);
log('MyPromise.resolve(native) is new: ' + (MyPromise.resolve(Promise.resolve()) instanceof MyPromise));
log('Promise.resolve(my) === my: ' + (Promise.resolve(p) === p));
q.then((v) => log('then ' + v));
Promise.resolve().then(() => log('native 1')).then(() => log('native 2'));
MyPromise.all([1, 2]).then((v) => log('MyPromise.all ' + v + ' constructed=' + constructed));
