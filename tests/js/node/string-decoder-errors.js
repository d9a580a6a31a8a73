// StringDecoder argument errors (ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS), text(), prototype shape
const { StringDecoder } = require('string_decoder');
const sd = require('string_decoder');
const attempt = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log('exports', Object.keys(sd).join(','));
for (const enc of ['utf8', 'UTF-8', 'Utf8', '', null, undefined, 'utf16', 'utf-16be', 'utf32', 'latin2', 'buffer', 'base32', 5, true, {}, [], ['utf8']]) {
  console.log('encoding', typeof enc, attempt(() => new StringDecoder(enc).encoding));
}
const d = new StringDecoder('utf8');
for (const v of [5, null, {}, [1, 2], new ArrayBuffer(4), true]) {
  console.log('write', attempt(() => d.write(v)));
}
console.log('write undefined', attempt(() => d.write(undefined)));
console.log('end undefined', attempt(() => d.end(undefined)));
console.log('this', attempt(() => StringDecoder.prototype.write.call({}, new Uint8Array([0x41]))));
console.log('text', attempt(() => {
  const t = new StringDecoder('utf8');
  t.write(new Uint8Array([0xe2, 0x82]));
  const r = t.text(new Uint8Array([0x41, 0x42, 0xe2, 0x82, 0xac, 0xe2]), 2);
  return [r, t.lastNeed, t.lastTotal, t.end()];
}));
console.log('own keys', Object.keys(new StringDecoder('hex')).join(','));
console.log('proto', Object.getOwnPropertyNames(StringDecoder.prototype).join(','));
const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log('lastNeed getter', typeof desc.get, desc.enumerable, desc.configurable, desc.set);
console.log('lastChar', d.lastChar instanceof Uint8Array, d.lastChar.length);
console.log('typeof', typeof StringDecoder, StringDecoder.name, StringDecoder.length);
