// Deep equality of typed arrays, ArrayBuffer and DataView: element bytes, types, extra keys, loose float comparison.
const assert = require('assert');

function passes(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}
function compare(label, a, b) {
  const strict = passes(() => assert.deepStrictEqual(a, b));
  const loose = passes(() => assert.deepEqual(a, b));
  const notStrict = passes(() => assert.notDeepStrictEqual(a, b));
  const notLoose = passes(() => assert.notDeepEqual(a, b));
  if (strict === notStrict || loose === notLoose) console.log(`${label}: INCONSISTENT`);
  console.log(`${label}: strict=${strict} loose=${loose}`);
}
compare('Uint8Array same', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
compare('Uint8Array differs', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
compare('Uint8Array length', new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]));
compare('Uint8 vs Int8', new Uint8Array([1, 2]), new Int8Array([1, 2]));
compare('Uint8Array vs array', new Uint8Array([1, 2]), [1, 2]);
compare('Float64Array 0 vs -0', new Float64Array([0]), new Float64Array([-0]));
compare('Float32Array NaN', new Float32Array([NaN]), new Float32Array([NaN]));
compare('Float64Array same', new Float64Array([1.5, 2.5]), new Float64Array([1.5, 2.5]));
compare('Int32Array', new Int32Array([1, -1]), new Int32Array([1, -1]));
compare('BigInt64Array', new BigInt64Array([1n]), new BigInt64Array([1n]));
const buf = new ArrayBuffer(8);
compare('views at offsets', new Uint8Array(buf, 0, 2), new Uint8Array(buf, 4, 2));
const withProp = new Uint8Array([1]);
withProp.extra = 1;
compare('extra property', withProp, new Uint8Array([1]));
compare('ArrayBuffer same', new ArrayBuffer(2), new ArrayBuffer(2));
compare('ArrayBuffer size', new ArrayBuffer(2), new ArrayBuffer(3));
const ab1 = new ArrayBuffer(2);
new Uint8Array(ab1)[0] = 7;
compare('ArrayBuffer content', ab1, new ArrayBuffer(2));
compare('DataView same', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
compare('DataView content', new DataView(ab1), new DataView(new ArrayBuffer(2)));
compare('ArrayBuffer vs Uint8Array', new ArrayBuffer(2), new Uint8Array(2));
compare('empty', new Uint16Array(0), new Uint16Array(0));
try {
  assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 9, 3]));
} catch (e) {
  console.log(e.message);
}
