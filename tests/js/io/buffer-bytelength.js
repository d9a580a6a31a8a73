// Buffer.byteLength for every encoding (incl. base64 padding rules and odd hex) and for ArrayBuffers/views; its errors
const strs = ['', 'a', 'abc', 'é', '€', '😀', '\ud800', 'ab==', 'abc=', 'a===', 'QUJD', 'QUJDRA', 'QU JD', '12345', 'zz'];
for (const enc of ['utf8', 'utf-8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UTF8', 'Hex', 'bogus']) {
  console.log(enc.padEnd(9), strs.map((s) => Buffer.byteLength(s, enc)).join(' '));
}
console.log(Buffer.byteLength('😀€é'), Buffer.byteLength('😀€é', undefined), Buffer.byteLength('😀€é', null), Buffer.byteLength('😀€é', 3));
console.log(Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new SharedArrayBuffer(3)));
console.log(Buffer.byteLength(new Uint16Array(5)), Buffer.byteLength(new Float64Array(2)), Buffer.byteLength(new DataView(new ArrayBuffer(9), 2)));
console.log(Buffer.byteLength(Buffer.from('héllo')), Buffer.byteLength(Buffer.from('héllo'), 'hex'));
console.log(Buffer.byteLength(new Uint8Array(10).subarray(2, 5)));
for (const bad of [5, null, undefined, {}, [1, 2], true]) {
  try { Buffer.byteLength(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const big = 'x'.repeat(1000) + '€'.repeat(100);
console.log(Buffer.byteLength(big), Buffer.from(big).length);
