// Typed arrays over a detached buffer (ArrayBuffer.prototype.transfer: output from Node 24): length 0, reads undefined, methods throw TypeError
const a = new Int32Array([1, 2, 3]);
const moved = a.buffer.transfer();
console.log(a.length, a.byteLength, a.byteOffset, a[0], 0 in a, a.buffer.detached, new Int32Array(moved).join());
for (const m of ['at', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'slice', 'some', 'sort', 'toLocaleString', 'toReversed', 'toSorted', 'values', 'with']) {
  try { a[m](() => {}); console.log(m, 'no error'); } catch (e) { console.log(m, e.name, e instanceof TypeError); }
}
try { a.set([1]); } catch (e) { console.log('set', e.name); }
try { new Int8Array(1).set(a); } catch (e) { console.log('set source', e.name); }
try { a.subarray(0); } catch (e) { console.log('subarray', e.name); }
try { new Int8Array(a); } catch (e) { console.log('construct', e.name); }
try { new Int8Array(a.buffer); } catch (e) { console.log('construct from buffer', e.name); }
a[0] = 5;
console.log(a[0], Object.keys(a).length, JSON.stringify(Object.getOwnPropertyDescriptor(a, '0')));
// a callback that detaches mid-iteration: later elements read as undefined
const b = new Uint8Array([1, 2, 3, 4]);
const seen = [];
b.forEach((x, i) => { if (i === 1) b.buffer.transfer(); seen.push(x); });
console.log(seen.join(','));
const c = new Float64Array([1, 2, 3]);
console.log(c.includes(undefined, { valueOf() { c.buffer.transfer(); return 0; } }));
const d = new Int8Array([1, 2, 3]);
console.log(d.join({ toString() { d.buffer.transfer(); return '-'; } }));
const e2 = new Int8Array([1, 2, 3]);
console.log(e2.indexOf(0, { valueOf() { e2.buffer.transfer(); return 0; } }));
try { new Int8Array(4).fill({ valueOf() { this.x = 1; return 1; } }); console.log('fill ok'); } catch (e) { console.log(e.name); }
const f = new Int8Array(4);
try { f.fill({ valueOf() { f.buffer.transfer(); return 1; } }); } catch (e) { console.log('fill detached', e.name); }
