// more Math: exp/log family, trig with exact values, fround, clz32, imul, min/max of arrays
console.log(Math.exp(0), Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log2(8), Math.log10(1000));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atan2(0, -0), Math.atan2(-0, 0), Math.asin(1) === Math.PI / 2);
console.log(Math.atan(Infinity) === Math.PI / 2, Math.acos(1), Math.cos(Math.PI) === -1);
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5));
console.log(Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2));
console.log(Math.max(...[4, 9, 2]), Math.min.apply(null, [4, 9, 2]));
console.log(Math.expm1(0), Math.log1p(0), Math.sinh(0), Math.cosh(0), Math.tanh(Infinity));
console.log(Math.floor(-0) === 0, Object.is(Math.floor(-0), -0), Object.is(Math.round(-0.4), -0));
