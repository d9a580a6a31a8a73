// getRandomValues (crypto and webcrypto): integer typed arrays up to 65536 bytes, QuotaExceededError and TypeMismatchError DOMExceptions, missing argument and this checks
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', `${r.constructor.name}(${r.length})`);
  } catch (e) {
    console.log(label, e instanceof DOMException ? 'DOMException' : e.constructor.name, e.name, e.code, JSON.stringify(e.message));
  }
};
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new T(8);
  console.log(T.name, crypto.getRandomValues(a) === a, crypto.webcrypto.getRandomValues(a) === a);
}
attempt('65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)));
attempt('16384 words', () => crypto.getRandomValues(new Uint32Array(16384)));
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 words', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('Float32Array', () => crypto.getRandomValues(new Float32Array(4)));
attempt('Float64Array', () => crypto.getRandomValues(new Float64Array(4)));
attempt('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
attempt('ArrayBuffer', () => crypto.getRandomValues(new ArrayBuffer(4)));
attempt('number', () => crypto.getRandomValues(4));
attempt('no argument (crypto)', () => crypto.getRandomValues());
attempt('no argument (webcrypto)', () => crypto.webcrypto.getRandomValues());
attempt('bad this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(2)));
const e = (() => { try { crypto.getRandomValues(new Uint8Array(70000)); } catch (err) { return err; } })();
console.log('quota error', e instanceof Error, String(e), Object.keys(e));
const big = crypto.getRandomValues(new Uint8Array(4096));
console.log('filled', big.some((x) => x !== 0));
