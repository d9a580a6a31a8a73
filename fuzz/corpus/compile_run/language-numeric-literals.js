// numeric literal syntax: hex, octal, binary, exponents, separators, legacy octal
console.log(0x1F, 0XfF, 0o17, 0O7, 0b1011, 0B1);
console.log(1e3, 1E-3, 2.5e+2, .5, 5., 0.0, -0.0);
console.log(1_000_000, 0xFF_FF, 0b1_0, 1_0.0_1, 1e1_0);
console.log(017, 019, 08);
console.log(0.1.toFixed(2), 1..toString(), 1 .toString(), (1).toString());
console.log(9007199254740993, 1e400, 5e-324, 2e-324);
console.log(0xFFFFFFFFFFFFF, 0x20000000000001);

// separators in the wrong place are SyntaxErrors
for (const src of ['1__0', '1_', '0x_1', '_1', '1._5', '1_.5']) {
  try {
    const v = eval(src);
    console.log(src, 'evaluates to', typeof v);
  } catch (e) {
    console.log(src, e.name);
  }
}

// legacy octal is a SyntaxError in strict mode
try {
  eval('"use strict"; 017');
} catch (e) {
  console.log('strict octal', e.name);
}

// an identifier directly after a number is a SyntaxError
try { eval('3in[]'); } catch (e) { console.log('3in', e.name); }
