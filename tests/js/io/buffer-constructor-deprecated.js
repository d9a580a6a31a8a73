// The deprecated Buffer() / new Buffer() forms and SlowBuffer, with process.noDeprecation set so no DEP0005 warning is printed
process.noDeprecation = true;
const { SlowBuffer } = require('buffer');
function t(label, f) {
  try { const r = f(); console.log(label.padEnd(26), Buffer.isBuffer(r) ? r.length + ' ' + (r.length && r.length < 20 ? r.toString('hex') : '') : r); } catch (e) { console.log(label.padEnd(26), '|', e.name, '|', e.code, '|', e.message); }
}
t('new Buffer(string)', () => new Buffer('abc'));
t('Buffer(string, enc)', () => Buffer('6869', 'hex'));
t('new Buffer(array)', () => new Buffer([1, 2, 300]));
t('Buffer(arrayBuffer, o, l)', () => Buffer(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
t('new Buffer(buffer)', () => new Buffer(Buffer.from('xy')));
t('new Buffer(size)', () => new Buffer(4).fill(0));
t('Buffer(size) length', () => Buffer(7).length);
t('Buffer(0)', () => Buffer(0));
t('Buffer(size, enc)', () => Buffer(1, 'utf8'));
t('new Buffer(-1)', () => new Buffer(-1));
t('new Buffer(1.5)', () => new Buffer(1.5).length);
t('new Buffer(null)', () => new Buffer(null));
t('new Buffer({})', () => new Buffer({}));
t('proto', () => Object.getPrototypeOf(new Buffer(1)) === Buffer.prototype && Object.getPrototypeOf(Buffer(1)) === Buffer.prototype);
t('SlowBuffer(3)', () => SlowBuffer(3).fill(9));
t('new SlowBuffer(2)', () => new SlowBuffer(2).fill(1));
t('SlowBuffer isBuffer', () => Buffer.isBuffer(SlowBuffer(1)) + ' ' + (SlowBuffer(1) instanceof SlowBuffer));
t('SlowBuffer("x")', () => SlowBuffer('x'));
t('SlowBuffer(-1)', () => SlowBuffer(-1));
t('SlowBuffer.length', () => SlowBuffer.length + ' ' + SlowBuffer.name);
