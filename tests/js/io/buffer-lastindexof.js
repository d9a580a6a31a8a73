// buf.lastIndexOf with strings, numbers, Buffers, byteOffset forms (negative, NaN, out of range) and encodings
function t(label, f) {
  try { console.log(label.padEnd(26), f()); } catch (e) { console.log(label.padEnd(26), '|', e.name, '|', e.code, '|', e.message); }
}
const b = Buffer.from('abcabcabc');
t('string', () => b.lastIndexOf('bc'));
t('from 6', () => b.lastIndexOf('bc', 6));
t('from 4', () => b.lastIndexOf('bc', 4));
t('from 0', () => b.lastIndexOf('a', 0));
t('from 0 missing', () => b.lastIndexOf('b', 0));
t('from -1', () => b.lastIndexOf('c', -1));
t('from -2', () => b.lastIndexOf('c', -2));
t('from -9', () => b.lastIndexOf('a', -9));
t('from -10', () => b.lastIndexOf('a', -10));
t('from 100', () => b.lastIndexOf('a', 100));
t('from NaN', () => b.lastIndexOf('a', NaN));
t('from undefined', () => b.lastIndexOf('a', undefined));
t('from null', () => b.lastIndexOf('a', null));
t('from {}', () => b.lastIndexOf('a', {}));
t('from "abc" (encoding?)', () => b.lastIndexOf('a', 'latin1'));
t('number', () => b.lastIndexOf(0x62));
t('number from 3', () => b.lastIndexOf(0x62, 3));
t('number 0x161', () => b.lastIndexOf(0x161));
t('buffer', () => b.lastIndexOf(Buffer.from('ca')));
t('empty string', () => b.lastIndexOf(''));
t('empty string from 3', () => b.lastIndexOf('', 3));
t('empty string from -3', () => b.lastIndexOf('', -3));
t('empty string from 100', () => b.lastIndexOf('', 100));
t('empty buffer', () => b.lastIndexOf(Buffer.alloc(0)));
t('hex needle', () => b.lastIndexOf('6162', 'hex'));
t('hex needle from 5', () => b.lastIndexOf('6162', 5, 'hex'));
t('utf16le', () => Buffer.from('abab', 'utf16le').lastIndexOf('b', undefined, 'utf16le'));
t('utf16le from 3', () => Buffer.from('abab', 'utf16le').lastIndexOf('b', 3, 'utf16le'));
t('needle longer', () => b.lastIndexOf('abcabcabcx'));
t('whole', () => b.lastIndexOf('abcabcabc'));
t('needle object', () => b.lastIndexOf({}));
t('multibyte', () => Buffer.from('€a€a').lastIndexOf('€'));
