// buffer.isUtf8 and buffer.isAscii on Buffers, typed arrays and ArrayBuffers; invalid sequences; argument errors
const { isUtf8, isAscii } = require('node:buffer');
function t(label, f) {
  try { console.log(label.padEnd(26), f()); } catch (e) { console.log(label.padEnd(26), '|', e.name, '|', e.code, '|', e.message); }
}
const cases = [
  ['empty', []], ['ascii', [0x41, 0x00, 0x7f]], ['é', [0xc3, 0xa9]], ['€', [0xe2, 0x82, 0xac]], ['😀', [0xf0, 0x9f, 0x98, 0x80]],
  ['lone 80', [0x80]], ['overlong c0 80', [0xc0, 0x80]], ['truncated e2 82', [0xe2, 0x82]], ['surrogate ed a0 80', [0xed, 0xa0, 0x80]],
  ['f4 90 80 80', [0xf4, 0x90, 0x80, 0x80]], ['ff', [0xff]], ['latin1 é', [0xe9]],
];
for (const [label, bytes] of cases) {
  const b = Buffer.from(bytes);
  console.log(label.padEnd(20), isUtf8(b), isAscii(b), isUtf8(new Uint8Array(bytes).buffer), isAscii(new Uint8Array(bytes)));
}
t('Uint16Array', () => isUtf8(new Uint16Array([0x4141])) + ' ' + isAscii(new Uint16Array([0x8041])));
t('subarray', () => isUtf8(Buffer.from([0xff, 0x41, 0xff]).subarray(1, 2)));
t('SharedArrayBuffer', () => isUtf8(new SharedArrayBuffer(2)));
t('Float64Array', () => isAscii(new Float64Array([1])));
t('string', () => isUtf8('abc'));
t('undefined', () => isAscii());
t('array', () => isUtf8([65]));
t('DataView', () => isAscii(new DataView(new ArrayBuffer(1))));
t('null', () => isUtf8(null));
