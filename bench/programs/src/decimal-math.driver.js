// decimal-math: decimal.js@{{decimal.js}} (MIT) arbitrary-precision arithmetic: pi by Machin's formula, e by its series, then sqrt/ln/exp/pow/sin/atan on a deterministic stream of 60-digit inputs; checksum hashes the result strings.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
//@@BUNDLE@@
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var Decimal = decimalLib.Decimal;
  var h = 0x811c9dc5;
  function mixStr(s) { for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; }

  // --- pi to DIGITS digits with Machin's formula, computed with plain +,-,*,/ on Decimal ---
  var DIGITS = Math.max(50, Math.round(2500 * Math.sqrt(SCALE)));
  var D = Decimal.clone({ precision: DIGITS + 10, rounding: Decimal.ROUND_HALF_EVEN });
  function arctanInv(n) { // atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
    var x = new D(1).div(n), x2 = new D(n * n), term = x, sum = x, k = 1;
    var eps = new D(10).pow(-(DIGITS + 8));
    for (;;) {
      term = term.div(x2);
      var t = term.div(2 * k + 1);
      if (t.lt(eps)) break;
      sum = (k & 1) ? sum.minus(t) : sum.plus(t);
      k++;
    }
    return sum;
  }
  var pi = arctanInv(5).times(16).minus(arctanInv(239).times(4)).toSignificantDigits(DIGITS);
  var piStr = pi.toFixed(DIGITS - 1);
  mixStr(piStr);

  // --- e by its series ---
  var e = new D(1), f = new D(1);
  for (var k = 1; k < 2000; k++) {
    f = f.div(k);
    if (f.isZero() || f.e < -(DIGITS + 8)) break;
    e = e.plus(f);
  }
  var eStr = e.toSignificantDigits(DIGITS).toString();
  mixStr(eStr);

  // --- a stream of transcendental functions at 60 significant digits ---
  var N = Math.max(3, Math.round(80 * SCALE));
  var C = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9, toExpPos: 30 });
  var seed = 12345;
  function next() { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed; }
  var sum = new C(0), count = 0;
  for (var i = 0; i < N; i++) {
    var x = new C(next() % 1000000).div(next() % 9973 + 1).plus(new C(i).div(7));
    var y = new C(next() % 2000 - 1000).div(317);
    var r = [
      x.sqrt(),
      x.ln(),
      y.exp(),
      x.pow(y.div(10)),
      y.sin(),
      y.cos(),
      x.atan(),
      x.log(2),
      x.cbrt(),
      x.times(y).toDecimalPlaces(20, Decimal.ROUND_DOWN),
      x.div(y.isZero() ? 1 : y).mod(3)
    ];
    for (var j = 0; j < r.length; j++) {
      var s = r[j].toString();
      mixStr(s);
      count++;
    }
    sum = sum.plus(r[0]).minus(r[4]);
  }
  return piStr.slice(-12) + ' ' + eStr.slice(-12) + ' ' + count + ' ' +
    sum.toSignificantDigits(30).toString() + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
