// `%`, `>>>` and the integer-immediate forms the compiler emits for a literal right operand
// (`x % 7`, `x >>> 3`): every edge (signed zeros, NaN, infinities, the int32 limits,
// non-integers) gives what the general path gives. Spindle takes an integer fast path for a
// positive integer dividend; this checks it against the spec's Number::remainder.
const xs = [0, -0, 1, -1, 5, -5, 7.5, -7.5, 2147483647, -2147483648, 2147483648, 4294967295, 1e20, NaN, Infinity, -Infinity, 3];
const show = (r) => (Object.is(r, -0) ? '-0' : String(r));
for (const a of xs) {
  const row = [];
  for (const b of xs) row.push(show(a % b));
  console.log(show(a), '%:', row.join(' '));
}
for (const a of xs) {
  const b = 3;
  console.log(show(a), 'imm:', show(a % 7), show(a % 1000003), show(a % 1), show(a % 0), show(a >>> 3), show(a >>> 0), show(a >>> b), show(a >>> 35));
}
let sum = 0;
for (let i = 0; i < 1000; i++) sum = (sum + i * 7) % 1000003;
console.log(sum, (-7) % 2, -7 % -2, 7 % -2, (-2147483648) % -1);
