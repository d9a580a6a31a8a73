// String.raw with template and object forms; fromCharCode wrapping and fromCodePoint RangeError
console.log(String.raw`a\nb${1 + 1}\t${'x'}\u0041`, String.raw`\\`.length, String.raw``.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3, 4), String.raw({ raw: 'abc' }, '-', '+'), String.raw({ raw: [] }, 1));
console.log(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, 9), JSON.stringify(String.raw({ raw: { length: 0 } })));
try { String.raw({}); } catch (e) { console.log('raw', e.name); }
console.log(String.fromCharCode(65, 66.7, '67', 65536 + 68, -65535 + 65535 * 0 + 69 - 65536 * 0), String.fromCharCode().length);
console.log(String.fromCharCode(0x1F600).charCodeAt(0).toString(16), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(NaN).charCodeAt(0));
console.log(String.fromCodePoint(0x1F600).length, String.fromCodePoint(65, 0x10FFFF).length, String.fromCodePoint('66'), String.fromCodePoint().length);
for (const v of [-1, 0x110000, 1.5, NaN, Infinity, 'x', undefined]) {
  try { String.fromCodePoint(v); console.log('ok', v); } catch (e) { console.log(String(v), e.name); }
}
console.log(String.fromCodePoint(0xD800).length, String.fromCodePoint(null).charCodeAt(0));
