// randomInt([min,] max[, callback]): results stay in [min, max), every value appears, callback form (err is undefined), and Node's errors for bad ranges and types
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const sample = (min, max, n) => {
  const seen = new Set();
  let ok = true;
  for (let i = 0; i < n; i++) {
    const v = max === undefined ? crypto.randomInt(min) : crypto.randomInt(min, max);
    if (!Number.isInteger(v) || v < (max === undefined ? 0 : min) || v >= (max === undefined ? min : max)) ok = false;
    seen.add(v);
  }
  return [ok, seen.size];
};
console.log('randomInt(10)', sample(10, undefined, 2000));
console.log('randomInt(-5, 5)', sample(-5, 5, 2000));
console.log('randomInt(1)', sample(1, undefined, 10));
console.log('randomInt(-3, -2)', sample(-3, -2, 10));
console.log('randomInt(0, 2**48-1) in range', sample(0, 2 ** 48 - 1, 100)[0]);
console.log('randomInt(-MAX_SAFE, -MAX_SAFE + 2)', sample(-Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER + 2, 100));
attempt('max == min', () => crypto.randomInt(5, 5));
attempt('max < min', () => crypto.randomInt(10, 5));
attempt('max 0', () => crypto.randomInt(0));
attempt('max -1', () => crypto.randomInt(-1));
attempt('max 1.5', () => crypto.randomInt(1.5));
attempt('max string', () => crypto.randomInt('10'));
attempt('min string', () => crypto.randomInt('1', 10));
attempt('max NaN', () => crypto.randomInt(NaN));
attempt('max 2**53', () => crypto.randomInt(2 ** 53));
attempt('range too big', () => crypto.randomInt(2 ** 48 + 1));
attempt('range exactly 2**48', () => crypto.randomInt(2 ** 48));
attempt('min/max range too big', () => crypto.randomInt(-1, 2 ** 48));
attempt('callback not function', () => crypto.randomInt(1, 10, 'cb'));
attempt('max null', () => crypto.randomInt(null));
let pending = 3;
const done = () => { if (--pending === 0) console.log('callbacks done'); };
crypto.randomInt(10, (err, n) => { console.log('cb(max)', err, n >= 0 && n < 10); done(); });
crypto.randomInt(100, 200, (err, n) => { console.log('cb(min, max)', err, n >= 100 && n < 200); done(); });
let count = 0;
let inRange = true;
for (let i = 0; i < 3000; i++) {
  crypto.randomInt(3, (err, n) => {
    if (err !== undefined || n < 0 || n >= 3) inRange = false;
    if (++count === 3000) { console.log('3000 async calls', inRange); done(); }
  });
}
console.log('sync code finished first');
