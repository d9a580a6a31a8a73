// any value can be thrown
const values = [42, 'a string', null, undefined, true, { custom: 'object' }, [1, 2], Symbol('sym'), () => 'fn'];
for (const v of values) {
  try {
    throw v;
  } catch (caught) {
    const desc = typeof caught === 'symbol' ? caught.toString()
      : typeof caught === 'function' ? 'function returning ' + caught()
      : caught === null ? 'null'
      : typeof caught === 'object' ? 'object ' + Object.keys(caught).join(',')
      : String(caught);
    console.log(typeof caught, desc, caught === v);
  }
}

// throwing an error-like object without being an Error
try {
  throw { name: 'FakeError', message: 'not a real error' };
} catch (e) {
  console.log(e.name, e.message, e instanceof Error);
}

// throw is a statement: throw expression needs an operand on the same line
try {
  eval('throw\n1');
} catch (e) {
  console.log('newline after throw', e.name);
}

// throw in an arrow body via block
const thrower = (x) => { throw x; };
try { thrower('arrow threw'); } catch (e) { console.log(e); }

// throw in a conditional expression via IIFE
const check = (v) => v > 0 ? v : (() => { throw new RangeError('negative'); })();
try { check(-1); } catch (e) { console.log(e.name, e.message); }
