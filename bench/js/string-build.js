// String building: concatenation in a loop, template literals, join, and reads of the result.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(300000 * SCALE));

let s = '';
for (let i = 0; i < N; i++) s += String.fromCharCode(97 + (i % 26));
const parts = [];
for (let i = 0; i < N / 10; i++) parts.push(`item-${i}:${i % 13}`);
const joined = parts.join(',');
let h = 0;
for (let i = 0; i < s.length; i += 7) h = (h * 31 + s.charCodeAt(i)) % 1000003;
for (let i = 0; i < joined.length; i += 5) h = (h * 31 + joined.charCodeAt(i)) % 1000003;
console.log('checksum: ' + h + ' ' + s.length + ' ' + joined.length + ' ' + joined.split(',').length);
