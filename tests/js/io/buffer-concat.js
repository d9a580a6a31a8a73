// Buffer.concat(list, totalLength): truncation, zero padding, Uint8Array members, empty lists, and argument errors
function t(label, f) {
  try { const r = f(); console.log(label.padEnd(22), r.length, r.toString('hex'), Buffer.isBuffer(r)); } catch (e) { console.log(label.padEnd(22), '|', e.name, '|', e.code, '|', e.message); }
}
const a = Buffer.from('0102', 'hex');
const b = Buffer.from('030405', 'hex');
const u = new Uint8Array([6, 7]);
t('basic', () => Buffer.concat([a, b]));
t('with Uint8Array', () => Buffer.concat([a, u, b]));
t('only Uint8Array', () => Buffer.concat([u]));
t('empty list', () => Buffer.concat([]));
t('empty list len 5', () => Buffer.concat([], 5));
t('empty members', () => Buffer.concat([Buffer.alloc(0), Buffer.alloc(0)]));
t('total smaller', () => Buffer.concat([a, b], 3));
t('total larger', () => Buffer.concat([a, b], 8));
t('total 0', () => Buffer.concat([a, b], 0));
t('total 1.7', () => Buffer.concat([a, b], 1.7));
t('total "3"', () => Buffer.concat([a, b], '3'));
t('total -1', () => Buffer.concat([a, b], -1));
t('total NaN', () => Buffer.concat([a, b], NaN));
t('total undefined', () => Buffer.concat([a, b], undefined));
t('total null', () => Buffer.concat([a, b], null));
t('not array', () => Buffer.concat(a));
t('array-like', () => Buffer.concat({ length: 1, 0: a }));
t('string member', () => Buffer.concat([a, 'x']));
t('array member', () => Buffer.concat([[1, 2]]));
t('Uint16Array member', () => Buffer.concat([new Uint16Array(1)]));
t('no args', () => Buffer.concat());
const single = Buffer.concat([a]);
single[0] = 0xff;
console.log('copy, not alias:', a.toString('hex'), single.toString('hex'));
const big = Buffer.concat(Array.from({ length: 10 }, (_, i) => Buffer.from([i])));
console.log(big.toString('hex'));
