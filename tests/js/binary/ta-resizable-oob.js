// Fixed-length views that go out of bounds when their buffer shrinks: length 0, methods throw TypeError, back in bounds after growing
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const fixed = new Int8Array(rab, 2, 4);
fixed.set([1, 2, 3, 4]);
rab.resize(4);
console.log(fixed.length, fixed.byteLength, fixed.byteOffset, fixed[0], 0 in fixed, Object.keys(fixed).length);
for (const m of ['at', 'fill', 'join', 'slice', 'sort', 'includes', 'indexOf', 'reverse', 'map', 'forEach', 'values', 'toSorted', 'toReversed', 'with', 'copyWithin', 'every', 'entries']) {
  try { fixed[m](0, 0); console.log(m, 'ok'); } catch (e) { console.log(m, e.name); }
}
try { fixed.set([1]); } catch (e) { console.log('set', e.name); }
console.log(fixed.subarray(0).length);
try { for (const x of fixed) console.log(x); } catch (e) { console.log('for-of', e.name); }
fixed[0] = 5;
console.log(fixed[0]);
rab.resize(8);
console.log(fixed.length, Array.from(fixed).join(','));
const it = new Int8Array(rab).values();
it.next();
rab.resize(0);
try { it.next(); } catch (e) { console.log('iterator', e.name); }
