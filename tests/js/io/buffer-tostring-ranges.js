// buf.toString(encoding, start, end): clamping and coercion of start/end, reversed and fractional ranges, toLocaleString
const b = Buffer.from('hello world');
const ranges = [
  [], [undefined, 0], [undefined, 6], [undefined, 6, 8], [undefined, -3], [undefined, 0, -1], [undefined, 3, 100],
  [undefined, 100], [undefined, 8, 3], [undefined, 5, 5], [undefined, 1.9, 4.9], [undefined, '2', '5'],
  [undefined, NaN, NaN], [undefined, null, 4], [undefined, 2, null], [undefined, 2, undefined], [undefined, -Infinity, Infinity],
  [undefined, 2, '1e1'], [undefined, true, 3], [undefined, [2], [4]], [undefined, 2 ** 32 + 1, 3],
];
for (const r of ranges) {
  const args = r.slice();
  if (args.length) args[0] = 'utf8';
  const fmt = (x) => (typeof x === 'string' ? `'${x}'` : Array.isArray(x) ? `[${x}]` : String(x));
  console.log(r.slice(1).map(fmt).join(', ').padEnd(18), JSON.stringify(b.toString(...args)));
}
console.log(b.toString('hex', 2, 5), b.toString('base64', 0, 5), b.toString('latin1', 6), b.toString('ucs2', 0, 4));
console.log(JSON.stringify(b.toString(undefined)), JSON.stringify(b.toString(undefined, 6)));
console.log(b.toLocaleString === b.toString, b.toLocaleString('hex', 0, 2));
console.log(String(b), `${b}`, b + '!');
const e = Buffer.alloc(0);
console.log(JSON.stringify(e.toString()), JSON.stringify(e.toString('hex', 0, 10)), JSON.stringify(e.toString('base64')));
