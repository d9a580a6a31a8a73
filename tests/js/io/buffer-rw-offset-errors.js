// Fixed-width read/write accessors with bad offsets: ERR_OUT_OF_RANGE (bounds, non-integer), ERR_INVALID_ARG_TYPE, ERR_BUFFER_OUT_OF_BOUNDS
function t(label, f) {
  try { console.log(label.padEnd(34), f()); } catch (e) { console.log(label.padEnd(34), '|', e.name, '|', e.code, '|', e.message); }
}
const b = Buffer.alloc(8);
t('readUInt8(8)', () => b.readUInt8(8));
t('readUInt8(7)', () => b.readUInt8(7));
t('readUInt16LE(7)', () => b.readUInt16LE(7));
t('readUInt32BE(5)', () => b.readUInt32BE(5));
t('readInt32LE(-1)', () => b.readInt32LE(-1));
t('readDoubleLE(1)', () => b.readDoubleLE(1));
t('readFloatBE(4.5)', () => b.readFloatBE(4.5));
t('readInt16BE("1")', () => b.readInt16BE('1'));
t('readInt8(null)', () => b.readInt8(null));
t('readInt8(NaN)', () => b.readInt8(NaN));
t('readInt8(true)', () => b.readInt8(true));
t('readUInt16LE(Infinity)', () => b.readUInt16LE(Infinity));
t('readUInt32LE(2**32)', () => b.readUInt32LE(2 ** 32));
t('readUInt32LE(-0)', () => b.readUInt32LE(-0));
t('readUInt8 on empty', () => Buffer.alloc(0).readUInt8(0));
t('readUInt16LE on 1 byte', () => Buffer.alloc(1).readUInt16LE());
t('readUInt32BE on 3 bytes', () => Buffer.alloc(3).readUInt32BE(0));
t('readDoubleBE on 7 bytes', () => Buffer.alloc(7).readDoubleBE());
t('readFloatLE on 3 bytes offset 1', () => Buffer.alloc(3).readFloatLE(1));
t('writeUInt8(1, 8)', () => b.writeUInt8(1, 8));
t('writeUInt16BE(1, 7)', () => b.writeUInt16BE(1, 7));
t('writeInt32LE(1, 5)', () => b.writeInt32LE(1, 5));
t('writeDoubleBE(1, 1)', () => b.writeDoubleBE(1, 1));
t('writeFloatLE(1, -1)', () => b.writeFloatLE(1, -1));
t('writeInt16LE(1, 0.5)', () => b.writeInt16LE(1, 0.5));
t('writeUInt32BE(1, "0")', () => b.writeUInt32BE(1, '0'));
t('writeUInt8(1, null)', () => b.writeUInt8(1, null));
t('writeDoubleLE on 4 bytes', () => Buffer.alloc(4).writeDoubleLE(1));
t('writeUInt16LE on 1 byte', () => Buffer.alloc(1).writeUInt16LE(1));
t('writeUInt8 on empty', () => Buffer.alloc(0).writeUInt8(1));
t('bad value and bad offset', () => b.writeUInt8(300, 9));
t('bad offset on small buffer', () => Buffer.alloc(3).writeInt32BE(1, 1));
t('readUInt8 on Uint8Array', () => Buffer.prototype.readUInt8.call(new Uint8Array([5]), 0));
t('readUInt16BE on Uint8Array', () => Buffer.prototype.readUInt16BE.call(new Uint8Array([1, 2])));
