// randomBytes / randomFillSync / randomFill: sizes, return types, filled ranges, callback forms, and Node's range/type errors
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? 'undefined' : `${r.constructor.name}(${r.byteLength})`);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
for (const n of [0, 1, 16, 1000, 65537]) {
  const b = crypto.randomBytes(n);
  console.log('randomBytes', n, Buffer.isBuffer(b), b.length);
}
const many = new Set();
for (let i = 0; i < 50; i++) many.add(crypto.randomBytes(16).toString('hex'));
console.log('distinct 16-byte values', many.size);
const spread = crypto.randomBytes(4096);
console.log('not all zero', spread.some((x) => x !== 0), 'many byte values', new Set(spread).size > 200);
attempt('size 1.5', () => crypto.randomBytes(1.5));
attempt('size -1', () => crypto.randomBytes(-1));
attempt('size NaN', () => crypto.randomBytes(NaN));
attempt('size 2**31', () => crypto.randomBytes(2 ** 31));
attempt('size string', () => crypto.randomBytes('8'));
attempt('size missing', () => crypto.randomBytes());
attempt('callback not function', () => crypto.randomBytes(8, 'cb'));

const zeros = new Uint8Array(64);
crypto.randomFillSync(zeros, 8, 16);
console.log('fill range only', zeros.subarray(0, 8).every((x) => x === 0), zeros.subarray(24).every((x) => x === 0));
const words = new Uint32Array(8);
crypto.randomFillSync(words, 2, 2);
console.log('Uint32Array offset/size in elements', words[0] === 0 && words[1] === 0, words.subarray(4).every((x) => x === 0));
const ab = new ArrayBuffer(8);
console.log('returns its argument', crypto.randomFillSync(ab) === ab, crypto.randomFillSync(words) === words);
attempt('fill string', () => crypto.randomFillSync('abc'));
attempt('offset too big', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('offset negative', () => crypto.randomFillSync(new Uint8Array(4), -1));
attempt('offset string', () => crypto.randomFillSync(new Uint8Array(4), '1'));
attempt('size + offset', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
attempt('Uint32Array size + offset', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
attempt('size negative', () => crypto.randomFillSync(new Uint8Array(4), 0, -1));
attempt('randomFill without callback', () => crypto.randomFill(new Uint8Array(4)));
attempt('randomFill bad callback', () => crypto.randomFill(new Uint8Array(4), 0, 4, 'cb'));

crypto.randomBytes(32, (err, buf) => {
  console.log('randomBytes callback', err, Buffer.isBuffer(buf), buf.length);
  const target = new Uint16Array(10);
  crypto.randomFill(target, 5, (err2, result) => {
    console.log('randomFill offset callback', err2, result === target, target.subarray(0, 5).every((x) => x === 0));
    crypto.randomFill(new Uint8Array(0), (err3, empty) => {
      console.log('randomFill empty', err3, empty.length);
    });
    crypto.randomFill(new ArrayBuffer(6), 1, 2, (err4, buffer) => {
      console.log('randomFill ArrayBuffer', err4, buffer instanceof ArrayBuffer, buffer.byteLength);
    });
  });
});
