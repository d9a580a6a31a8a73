// util.promisify on callback-style functions: resolves with the first value, rejects with err, keeps `this`, sync callbacks and sync throws
const util = require('util');

function delayedDouble(x, cb) {
  setTimeout(() => {
    if (x < 0) cb(new RangeError(`negative: ${x}`));
    else cb(null, x * 2, 'ignored extra value');
  }, 1);
}
function syncCallback(value, cb) { cb(null, value); }
function errFirstFalsy(value, cb) { cb(0, value); }
function noValue(cb) { setImmediate(cb); }
function throwsSync() { throw new Error('thrown before the callback'); }

const counter = {
  count: 10,
  add(n, cb) { this.count += n; setTimeout(() => cb(null, this.count), 1); },
};

(async () => {
  const double = util.promisify(delayedDouble);
  console.log(typeof double, double.name, double.length);
  const p = double(21);
  console.log(p instanceof Promise);
  console.log('double(21) =', await p);
  try {
    await double(-1);
  } catch (e) {
    console.log('rejected:', e.name, e.message);
  }
  console.log('sync callback:', await util.promisify(syncCallback)('now'));
  console.log('err 0 counts as success:', await util.promisify(errFirstFalsy)('value'));
  console.log('no value:', await util.promisify(noValue)());
  try {
    await util.promisify(throwsSync)();
  } catch (e) {
    console.log('sync throw rejects:', e.message);
  }
  counter.addAsync = util.promisify(counter.add);
  console.log('method with this:', await counter.addAsync(5), counter.count);
  const results = await Promise.all([1, 2, 3].map((n) => double(n)));
  console.log('all:', results);
})();
