// public instance fields: initialisation order, this, arrow fields, computed names
let counter = 0;
class A {
  x = 1;
  y = this.x + 1;
  z;
  id = ++counter;
  arrow = () => this.x;
  'quoted field' = 'q';
  42 = 'numeric';
  constructor() {
    this.fromCtor = this.y * 10;
  }
}
const a = new A();
console.log(a.x, a.y, a.z, a.id, a.fromCtor, a['quoted field'], a[42]);
console.log(Object.keys(a).join(','));
console.log(a.arrow.call({ x: 'other' }));
console.log(new A().id, 'z' in a);

// fields are defined with define semantics (setters on prototype are not called)
class WithSetter {
  set f(v) { console.log('setter called', v); }
}
class Sub extends WithSetter {
  f = 'field';
}
const s = new Sub();
console.log(Object.getOwnPropertyDescriptor(s, 'f').value);

// fields initialise after super() returns in derived classes
class Base {
  constructor() { this.seenByBase = this.derivedField; }
}
class Derived extends Base {
  derivedField = 'set';
}
const d = new Derived();
console.log(d.seenByBase, d.derivedField);

// field descriptors
const fd = Object.getOwnPropertyDescriptor(a, 'x');
console.log(fd.writable, fd.enumerable, fd.configurable);

// computed field names evaluated once at class definition
let evals = 0;
const key = () => { evals++; return 'computed'; };
class C { [key()] = 'value'; }
new C(); new C();
console.log(evals, new C().computed);

// field initialisers see class-level this as the instance
class Self { me = this; }
const self = new Self();
console.log(self.me === self);
