// buf.indexOf / includes with strings, numbers, Buffers, byteOffset (incl. negative and non-number), encodings and empty needles
function t(label, f) {
  try { console.log(label.padEnd(28), f()); } catch (e) { console.log(label.padEnd(28), '|', e.name, '|', e.code, '|', e.message); }
}
const b = Buffer.from('abcdabcd€');
t('string', () => b.indexOf('cd'));
t('string from 3', () => b.indexOf('cd', 3));
t('string from -3', () => b.indexOf('d', -5));
t('string from -100', () => b.indexOf('a', -100));
t('string from 100', () => b.indexOf('a', 100));
t('string missing', () => b.indexOf('x'));
t('multibyte', () => b.indexOf('€'));
t('number', () => b.indexOf(0x62));
t('number 0x162', () => b.indexOf(0x162));
t('number -158 (0x62)', () => b.indexOf(-158));
t('number 98.9', () => b.indexOf(98.9));
t('number from 2', () => b.indexOf(98, 2));
t('buffer', () => b.indexOf(Buffer.from('da')));
t('Uint8Array', () => b.indexOf(new Uint8Array([0x63, 0x64])));
t('empty string', () => b.indexOf(''));
t('empty string from 3', () => b.indexOf('', 3));
t('empty string from 20', () => b.indexOf('', 20));
t('empty string from -2', () => b.indexOf('', -2));
t('empty buffer', () => b.indexOf(Buffer.alloc(0), 4));
t('encoding as 2nd arg', () => b.indexOf('6364', 'hex'));
t('offset + hex', () => b.indexOf('6364', 4, 'hex'));
t('base64 needle', () => b.indexOf('YmM=', 0, 'base64'));
t('latin1 needle', () => b.indexOf('\u00e2\u0082\u00ac', 0, 'latin1'));
t('utf16le needle', () => Buffer.from('xyz', 'utf16le').indexOf('z', 0, 'utf16le'));
t('ucs2 odd alignment', () => Buffer.from([0, 0x61, 0, 0x61, 0]).indexOf('a', 0, 'ucs2'));
t('offset "2" (string)', () => b.indexOf('a', '2'));
t('offset null', () => b.indexOf('a', null));
t('offset NaN', () => b.indexOf('d', NaN));
t('offset {}', () => b.indexOf('b', {}));
t('offset 1.9', () => b.indexOf('b', 1.9));
t('offset -1.9', () => b.indexOf('€', -1.9));
t('needle longer than buf', () => Buffer.from('ab').indexOf('abc'));
t('needle object', () => b.indexOf({}));
t('needle array', () => b.indexOf([0x61]));
t('needle boolean', () => b.indexOf(true));
t('needle null', () => b.indexOf(null));
t('bad encoding', () => b.indexOf('a', 0, 'nope'));
t('includes', () => [b.includes('bcd'), b.includes('bcd', 6), b.includes(0x61, -4), b.includes(Buffer.from('€'))].join(','));
t('includes empty', () => [Buffer.alloc(0).includes(''), Buffer.alloc(0).indexOf('')].join(','));
t('byte only once', () => Buffer.from([1, 2, 3]).indexOf(3, -1));
t('overlapping', () => Buffer.from('aaab').indexOf('aab'));
