// Buffer.from(array): values are taken modulo 256 (ToNumber, truncate), incl. negatives, fractions, NaN, strings, objects
function show(arr) {
  const b = Buffer.from(arr);
  console.log(JSON.stringify(arr), '->', Array.from(b).join(','));
}
show([]);
show([0, 1, 127, 128, 255]);
show([256, 257, 511, 512, 1000, 65535, 65536]);
show([-1, -2, -128, -129, -255, -256, -257]);
show([1.1, 1.9, -1.1, -1.9, 255.99, 256.5, -0.5]);
show([NaN, Infinity, -Infinity, null, true, false]);
show(['1', '0x10', ' 7 ', 'abc', '', '1e2']);
show([1e10, -1e10, 2 ** 32 + 5, 2 ** 53]);
console.log(Array.from(Buffer.from([undefined, {}, [], [7], { valueOf() { return 66; } }])).join(','));
const sparse = [1, , 3];
console.log(Array.from(Buffer.from(sparse)).join(','));
const copy = [1, 2, 3];
const b = Buffer.from(copy);
copy[0] = 9;
console.log(b[0], b.length);
console.log(Buffer.from({ length: 3, 0: 5, 1: 300, 2: -1 }).toString('hex'));
console.log(Buffer.from({ length: 2.7, 0: 1, 1: 2 }).toString('hex'));
console.log(Buffer.from({ length: -1 }).length, Buffer.from({ length: 'x' }).length);
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString());
try { Buffer.from({ type: 'Buffer', data: 'nope' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Buffer.from({ type: 'Other', data: [1, 2], length: 1, 0: 9 }).toString('hex'));
try { Buffer.from({ type: 'Buffer', data: { length: 2, 0: 65, 1: 66 } }); } catch (e) { console.log(e.name, e.code); }
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
