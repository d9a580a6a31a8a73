// timingSafeEqual: equal/unequal inputs of every buffer kind (compared as bytes), the length RangeError and the argument TypeErrors
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
attempt('equal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
attempt('unequal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
attempt('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
attempt('Uint16Array vs bytes', () => crypto.timingSafeEqual(new Uint16Array([0x0201]), Buffer.from([1, 2])));
attempt('ArrayBuffers', () => crypto.timingSafeEqual(new Uint8Array([5, 6]).buffer, new Uint8Array([5, 6]).buffer));
attempt('DataView vs Uint8Array', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(3)), new Uint8Array(3)));
attempt('subarrays', () => crypto.timingSafeEqual(Buffer.from('xxabyy').subarray(2, 4), Buffer.from('ab')));
attempt('length differs', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc')));
attempt('Float64Array length differs', () => crypto.timingSafeEqual(new Float64Array(1), new Uint8Array(4)));
attempt('string first', () => crypto.timingSafeEqual('ab', Buffer.from('ab')));
attempt('string second', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
attempt('no arguments', () => crypto.timingSafeEqual());
attempt('numbers', () => crypto.timingSafeEqual(1, 1));
