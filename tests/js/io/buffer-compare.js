// Buffer.compare, buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd) and buf.equals, with range and type errors
function t(label, f) {
  try { console.log(label.padEnd(26), f()); } catch (e) { console.log(label.padEnd(26), '|', e.name, '|', e.code, '|', e.message); }
}
const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');
t('compare a b', () => Buffer.compare(a, b));
t('compare b a', () => Buffer.compare(b, a));
t('compare a a', () => Buffer.compare(a, a));
t('compare a c', () => Buffer.compare(a, c));
t('compare c a', () => Buffer.compare(c, a));
t('compare empty', () => Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
t('compare u8', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('compare high bytes', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
t('compare string', () => Buffer.compare(a, 'abc'));
t('compare first bad', () => Buffer.compare([1], a));
t('sort', () => [b, c, a, Buffer.from('a')].sort(Buffer.compare).map(String).join(','));
t('a.compare(b)', () => a.compare(b));
t('range equal', () => a.compare(b, 0, 2, 0, 2));
t('target range', () => Buffer.from('bc').compare(a, 1));
t('source range', () => a.compare(Buffer.from('bc'), 0, 2, 1));
t('empty target range', () => a.compare(b, 2, 2));
t('empty source range', () => a.compare(b, 0, 3, 1, 1));
t('both empty', () => a.compare(b, 3, 3, 3, 3));
t('start > end target', () => a.compare(b, 2, 1));
t('undefined args', () => a.compare(b, undefined, undefined, undefined, 2));
t('targetStart -1', () => a.compare(b, -1));
t('targetEnd 4', () => a.compare(b, 0, 4));
t('sourceStart -1', () => a.compare(b, 0, 3, -1));
t('sourceEnd 4', () => a.compare(b, 0, 3, 0, 4));
t('targetStart 1.5', () => a.compare(b, 1.5));
t('targetStart "1"', () => a.compare(b, '1'));
t('targetStart 5', () => a.compare(b, 5));
t('compare non-buffer', () => a.compare('abc'));
t('equals same', () => a.equals(Buffer.from('abc')));
t('equals diff', () => a.equals(b));
t('equals u8', () => a.equals(new Uint8Array([97, 98, 99])));
t('equals self', () => a.equals(a));
t('equals string', () => a.equals('abc'));
t('equals u16', () => a.equals(new Uint16Array(3)));
t('equals DataView', () => a.equals(new DataView(new ArrayBuffer(3))));
t('equals subarray', () => Buffer.from('xabcx').subarray(1, 4).equals(a));
