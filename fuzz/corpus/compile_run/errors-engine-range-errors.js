// RangeErrors thrown by built-ins and the engine
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e instanceof RangeError);
  }
}
check('new Array(-1)', () => new Array(-1));
check('new Array(1.5)', () => new Array(1.5));
check('length = -1', () => { [].length = -1; });
check('length = 2**32', () => { [].length = 2 ** 32; });
check('toFixed(101)', () => (1).toFixed(101));
check('toPrecision(101)', () => (1).toPrecision(101));
check('toString(1)', () => (1).toString(1));
check('repeat(-1)', () => 'x'.repeat(-1));
check('repeat(Infinity)', () => 'x'.repeat(Infinity));
check('fromCodePoint(0x110000)', () => String.fromCodePoint(0x110000));
check('stack overflow', () => { const f = () => f(); f(); });
check('toFixed(100) is fine', () => (1).toFixed(100).length);
