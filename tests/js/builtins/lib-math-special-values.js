// Math functions with special inputs: NaN, ±0, ±Infinity, coercion, and round/sign/trunc/fround/clz32/imul/hypot edge cases
const r = (x) => (Object.is(x, -0) ? '-0' : String(x));
const vals = [NaN, 0, -0, Infinity, -Infinity, 0.5, -0.5, 2.5, -2.5, -0.4, 1e-300];
for (const f of ['round', 'sign', 'trunc', 'fround', 'expm1', 'log1p', 'ceil', 'floor']) {
  console.log(f, vals.map(v => r(Math[f](v))).join(' '));
}
console.log(Math.log1p(-1), Math.log1p(-2), Math.expm1(1e-10), Math.cbrt(-27), Math.cbrt(8), Math.cbrt(-0) === 0, Math.cbrt(-Infinity), Math.round(0.49999999999999994), Math.round(2 ** 52 + 0.5));
console.log(r(Math.round(-0.5)), Math.round(-1.5), Math.round(1.5), Math.round('2.5'), Math.round(null), Math.round(undefined), Math.round([3.7]));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(16777217), Math.fround(3.4028235677973366e38));
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(NaN), Math.clz32(Infinity), Math.clz32(2 ** 31));
console.log(Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(1.9, 2.9), Math.imul(NaN, 1), Math.imul(2 ** 32 + 3, 3));
console.log(Math.hypot(), Math.hypot(3, 4), Math.hypot(-3), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), r(Math.hypot(-0)), Math.hypot(1e200, 1e200));
console.log(Math.hypot(3, 4, '12'), Math.sign('-3'), Math.sign(true), r(Math.sign(-0)), Math.trunc('  12.9 '), Math.trunc(-0.9).toString(), r(Math.trunc(-0.9)));
