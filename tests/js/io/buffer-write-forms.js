// buf.write(string[, offset[, length]][, encoding]) in every argument form; return values; errors for bad offsets/lengths
function t(label, f) {
  const b = Buffer.alloc(8, '.');
  try { const n = f(b); console.log(label.padEnd(30), n, JSON.stringify(b.toString('latin1'))); } catch (e) { console.log(label.padEnd(30), '|', e.name, '|', e.code, '|', e.message); }
}
t('write(s)', (b) => b.write('abc'));
t('write(s, enc)', (b) => b.write('616263', 'hex'));
t('write(s, off)', (b) => b.write('abc', 2));
t('write(s, off, enc)', (b) => b.write('YWJj', 3, 'base64'));
t('write(s, off, len)', (b) => b.write('abcdef', 1, 3));
t('write(s, off, len, enc)', (b) => b.write('abcdef', 1, 4, 'utf16le'));
t('write(s, off, undefined, enc)', (b) => b.write('abcdef', 6, undefined, 'latin1'));
t('write(s, undefined, enc)', (b) => b.write('ff', undefined, 'hex'));
t('write(s, off, "3")', (b) => b.write('abcdef', 0, '3'));
t('too long', (b) => b.write('0123456789'));
t('offset at end', (b) => b.write('abc', 8));
t('length 0', (b) => b.write('abc', 0, 0));
t('empty string', (b) => b.write(''));
t('length > remaining', (b) => b.write('abcdef', 5, 10));
t('offset 9', (b) => b.write('abc', 9));
t('offset -1', (b) => b.write('abc', -1));
t('offset 1.5', (b) => b.write('abc', 1.5));
t('offset "2"', (b) => b.write('abc', '2'));
t('offset NaN', (b) => b.write('abc', NaN));
t('offset null', (b) => b.write('abc', null));
t('length -1', (b) => b.write('abc', 0, -1));
t('length 1.5', (b) => b.write('abc', 0, 1.5));
t('length 9', (b) => b.write('abc', 0, 9));
t('unknown encoding', (b) => b.write('abc', 0, 3, 'utf9'));
t('encoding as 3rd arg bad', (b) => b.write('abc', 0, 'nope'));
t('not a string', (b) => b.write(123));
t('Buffer arg', (b) => b.write(Buffer.from('x')));
t('ascii high char', (b) => b.write('\u00e9\u0100', 'ascii'));
t('latin1 high char', (b) => b.write('\u20ac', 'latin1'));
t('ucs2 odd room', (b) => b.write('abcd', 5, 'ucs2'));
t('base64url', (b) => b.write('_-8', 'base64url'));
