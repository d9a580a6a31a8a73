// buf.copy(target, targetStart, sourceStart, sourceEnd): clamping, return value, overlapping copies in one buffer, errors
function t(label, f) {
  const src = Buffer.from('abcdef');
  const dst = Buffer.alloc(6, '.');
  try { const n = f(src, dst); console.log(label.padEnd(24), n, dst.toString(), src.toString()); } catch (e) { console.log(label.padEnd(24), '|', e.name, '|', e.code, '|', e.message); }
}
t('full', (s, d) => s.copy(d));
t('targetStart 2', (s, d) => s.copy(d, 2));
t('sourceStart 3', (s, d) => s.copy(d, 0, 3));
t('range 1..4', (s, d) => s.copy(d, 1, 1, 4));
t('sourceEnd > len', (s, d) => s.copy(d, 0, 4, 100));
t('targetStart at end', (s, d) => s.copy(d, 6));
t('targetStart > len', (s, d) => s.copy(d, 7));
t('sourceStart = len', (s, d) => s.copy(d, 0, 6));
t('sourceStart > len', (s, d) => s.copy(d, 0, 7));
t('end < start', (s, d) => s.copy(d, 0, 4, 2));
t('targetStart -1', (s, d) => s.copy(d, -1));
t('sourceStart -1', (s, d) => s.copy(d, 0, -1));
t('sourceEnd -1', (s, d) => s.copy(d, 0, 0, -1));
t('fractional', (s, d) => s.copy(d, 1.5, 1.5, 3.5));
t('strings', (s, d) => s.copy(d, '1', '2', '4'));
t('NaN', (s, d) => s.copy(d, NaN, NaN));
t('undefined', (s, d) => s.copy(d, undefined, undefined, 2));
t('into Uint8Array', (s) => { const u = new Uint8Array(3); const n = s.copy(u, 1); return n + ' ' + Array.from(u); });
t('into Uint16Array', (s) => { const u = new Uint16Array(2); const n = s.copy(u); return n + ' ' + Array.from(u); });
t('into array', (s) => s.copy([]));
t('into string', (s) => s.copy('abc'));
t('from Uint8Array', (s, d) => Buffer.prototype.copy.call(new Uint8Array([65, 66]), d, 1));
t('smaller target', (s) => { const d = Buffer.alloc(2); return s.copy(d, 0, 1) + ' ' + d.toString(); });
// overlapping copies within one buffer behave like memmove
const m = Buffer.from('0123456789');
console.log(m.copy(m, 2, 0, 6), m.toString());
const n = Buffer.from('0123456789');
console.log(n.copy(n, 0, 3), n.toString());
const o = Buffer.from('0123456789');
console.log(o.subarray(2).copy(o, 0), o.toString());
const p = Buffer.from('0123456789');
console.log(p.copy(p.subarray(1), 0, 0, 5), p.toString());
const q = Buffer.from('0123456789');
console.log(q.copy(q), q.toString());
