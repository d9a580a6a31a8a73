// Buffer.alloc(size, fill, encoding): zero fill, number/string/Buffer/Uint8Array fills in each encoding, truncated patterns
function t(label, f) {
  try { console.log(label, f().toString('hex')); } catch (e) { console.log(label, '|', e.name, '|', e.code, '|', e.message); }
}
t('zero', () => Buffer.alloc(4));
t('empty', () => Buffer.alloc(0));
t('empty with fill', () => Buffer.alloc(0, 'abc'));
t('1', () => Buffer.alloc(4, 1));
t('257', () => Buffer.alloc(4, 257));
t('-1', () => Buffer.alloc(4, -1));
t('3.9', () => Buffer.alloc(3, 3.9));
t('NaN', () => Buffer.alloc(3, NaN));
t('true', () => Buffer.alloc(3, true));
t('null', () => Buffer.alloc(3, null));
t('undefined', () => Buffer.alloc(3, undefined));
t('"ab"', () => Buffer.alloc(5, 'ab'));
t('"abc" utf8', () => Buffer.alloc(5, 'abc', 'utf8'));
t('"é"', () => Buffer.alloc(4, 'é'));
t('"€" cut', () => Buffer.alloc(5, '€'));
t('"a" utf16le', () => Buffer.alloc(5, 'a', 'utf16le'));
t('"ab" ucs2', () => Buffer.alloc(6, 'ab', 'ucs2'));
t('"é" latin1', () => Buffer.alloc(3, 'é', 'latin1'));
t('base64', () => Buffer.alloc(5, 'aGk=', 'base64'));
t('base64url', () => Buffer.alloc(5, 'aGk', 'base64url'));
t('hex', () => Buffer.alloc(5, 'abcd', 'hex'));
t('HEX', () => Buffer.alloc(3, 'ff', 'HEX'));
t('ascii \\u0100', () => Buffer.alloc(4, '\u0100', 'ascii'));
t('binary \\u0141', () => Buffer.alloc(4, '\u0141', 'binary'));
t('Buffer pattern', () => Buffer.alloc(7, Buffer.from([1, 2, 3])));
t('Uint8Array pattern', () => Buffer.alloc(5, new Uint8Array([9, 8])));
t('Uint16Array pattern', () => Buffer.alloc(5, new Uint16Array([0x0102])));
t('empty string', () => Buffer.alloc(3, ''));
t('empty buffer', () => Buffer.alloc(3, Buffer.alloc(0)));
t('encoding number', () => Buffer.alloc(4, 'ab', 5));
t('encoding object', () => Buffer.alloc(4, 'abcd', {}));
t('valueOf fill', () => Buffer.alloc(3, { valueOf() { return 7; } }));
t('fractional size', () => Buffer.alloc(2.9));
t('-0 size', () => Buffer.alloc(-0));
t('hex zz', () => Buffer.alloc(3, 'zz', 'hex'));
t('hex odd', () => Buffer.alloc(3, 'a', 'hex'));
t('hex partly valid', () => Buffer.alloc(3, 'abzz', 'hex'));
t('hex empty', () => Buffer.alloc(3, '', 'hex'));
t('base64 ====', () => Buffer.alloc(3, '====', 'base64'));
t('unknown encoding', () => Buffer.alloc(3, 'x', 'nope'));
t('null encoding', () => Buffer.alloc(3, 'x', null));
const a = Buffer.alloc(10);
const b = Buffer.alloc(10);
console.log(a.buffer === b.buffer, a.byteOffset, a.buffer.byteLength);
