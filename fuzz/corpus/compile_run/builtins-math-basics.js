// Math functions: max/min/abs/floor/ceil/round/trunc/sign/pow/sqrt/cbrt/hypot and constants
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2);
console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(), Math.min(), Math.max(1, NaN), Math.max('7', 3));
console.log(Math.max(-0, 0), Math.min(0, -0), Math.max(null, -1), Math.min(undefined, 1));
console.log(Math.abs(-5), Math.abs('-3'), Math.abs(null), Math.abs(-0), Math.abs(-Infinity), Math.abs('x'));
console.log(Math.floor(1.7), Math.floor(-1.2), Math.ceil(1.2), Math.ceil(-1.7), Math.ceil(-0.5));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.4), Math.round(1.5), Math.round(-1.5));
console.log(Math.trunc(4.9), Math.trunc(-4.9), Math.trunc(-0.1), Math.trunc('12.7'));
console.log(Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(7), Math.sign('x'));
console.log(Math.pow(2, 10), Math.pow(4, 0.5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(2, -2));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1, 1));

// Math is not a constructor or function
console.log(typeof Math, Object.prototype.toString.call(Math));
try { Math(); } catch (e) { console.log('Math()', e.name); }

// random is in [0, 1)
let ok = true;
for (let i = 0; i < 1000; i++) { const r = Math.random(); if (!(r >= 0 && r < 1)) ok = false; }
console.log('random in range', ok);
