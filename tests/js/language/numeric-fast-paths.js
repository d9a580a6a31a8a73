// The interpreter's number fast paths (Unary ++/--/+/-, `x % constant` and the other
// operators with an integer constant, branches on booleans) against the general
// conversions they must agree with: signed zeros, NaN, infinities, values outside int32,
// and operands that are not numbers.
function show(label, v) {
  const s = Object.is(v, -0) ? '-0' : typeof v === 'bigint' ? v + 'n' : String(v);
  console.log(label, s);
}

const inputs = [0, -0, 1, -1, 2.5, -2.5, NaN, Infinity, -Infinity, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, '7', '', null, undefined, true, 10n, { valueOf() { return 4; } }];
for (const x of inputs) {
  let a = x, b = x;
  a++;
  b--;
  show(`++ ${String(x)}:`, a);
  show(`-- ${String(x)}:`, b);
  if (typeof x !== 'bigint') show(`+ ${String(x)}:`, +x);
  show(`- ${String(x)}:`, -x);
}

const dividends = [0, -0, 1, 7, -7, 1000002, 1000003, 1000004, -1000004, 2.5, -2.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53 + 2, NaN, Infinity, -Infinity, 1e-300, '9', null, true];
for (const x of dividends) {
  show(`${String(x)} % 1000003:`, x % 1000003);
  show(`${String(x)} % 2:`, x % 2);
  show(`${String(x)} % 1:`, x % 1);
  show(`${String(x)} % -3:`, x % -3);
  show(`${String(x)} % 0:`, x % 0);
  show(`${String(x)} | 0:`, x | 0);
  show(`${String(x)} * 3:`, x * 3);
  show(`${String(x)} << 1:`, x << 1);
  show(`${String(x)} >>> 0:`, x >>> 0);
}
show('10n % 3n:', 10n % 3n);
try { 10n % 3; } catch (e) { console.log(e.constructor.name); }

// A counter loop whose limit is not a number, and one whose counter is a string.
let n = 0;
for (let i = 0; i < '5'; i++) n++;
show('loop to "5":', n);
let steps = 0;
for (let i = '1'; i < 4; i++) steps++;
show('loop from "1":', steps);
let big = 0;
for (let i = 0n; i < 3n; i++) big++;
show('bigint loop:', big);

const conds = [true, false, 0, -0, NaN, 1, '', '0', 'false', null, undefined, [], {}, 0n, 1n, Symbol('s')];
for (const c of conds) {
  let taken = 'no';
  if (c) taken = 'yes';
  let w = 0;
  do { w++; } while (c && w < 2);
  console.log(typeof c, typeof c === 'symbol' ? c.toString() : String(c), taken, w);
}
