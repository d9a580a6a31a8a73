// computed method, accessor and field names in classes, including symbols
const methodName = 'greet';
const sym = Symbol('custom');
let order = [];
const k = (n) => { order.push(n); return n; };

class C {
  [methodName]() { return 'hello'; }
  [`${methodName}Loudly`]() { return 'HELLO'; }
  get [k('prop')]() { return 'computed getter'; }
  [sym]() { return 'symbol method'; }
  static [k('staticName')]() { return 'static computed'; }
  [k('field')] = k('field init');
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i, done: i++ >= 2 }) };
  }
}
console.log('definition order', order.join(','));
order = [];
const c = new C();
console.log('construction order', order.join(','));
console.log(c.greet(), c.greetLoudly(), c.prop, c[sym](), C.staticName(), c.field);
console.log([...c].join(','));

// numeric computed names
class N {
  [1 + 1]() { return 'two'; }
  static [0.5]() { return 'half'; }
}
console.log(new N()[2](), N['0.5']());

// a computed key that throws aborts the class definition
try {
  class Broken {
    [(() => { throw new Error('key failed'); })()]() {}
  }
} catch (e) {
  console.log(e.message);
}

// computed key 'constructor' is just a method
class CK {
  ['constructor']() { return 'method named constructor'; }
}
console.log(new CK().constructor === CK, CK.prototype.hasOwnProperty('constructor'));
