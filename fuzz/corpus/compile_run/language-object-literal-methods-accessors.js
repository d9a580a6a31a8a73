// methods, getters and setters in object literals
const counter = {
  _n: 0,
  inc() { return ++this._n; },
  get value() { return this._n; },
  set value(v) { this._n = v * 10; },
  get ['comp' + 'uted']() { return 'computed getter'; },
  'string method'() { return 'string named'; },
  42() { return 'numeric method'; },
};
counter.inc();
counter.inc();
console.log(counter.value);
counter.value = 3;
console.log(counter.value, counter._n);
console.log(counter.computed, counter['string method'](), counter[42]());

// getter only: assignment ignored in sloppy mode
const ro = { get x() { return 1; } };
ro.x = 2;
console.log(ro.x);

// setter only: reading returns undefined
const wo = { set x(v) { this.stored = v; } };
wo.x = 5;
console.log(wo.x, wo.stored);

// descriptors
const d = Object.getOwnPropertyDescriptor(counter, 'value');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);

// methods are not constructors, functions in properties are
const m = { method() {}, prop: function () {} };
try { new m.method(); } catch (e) { console.log('method new', e.name); }
console.log(typeof new m.prop());
console.log(m.method.hasOwnProperty('prototype'), m.prop.hasOwnProperty('prototype'));

// later definition of same name replaces getter with data property
const replaced = { get p() { return 'getter'; }, p: 'data' };
console.log(replaced.p, typeof Object.getOwnPropertyDescriptor(replaced, 'p').get);

// getter and setter merged into one accessor property
const merged = { get q() { return 'q'; }, set q(v) {} };
const md = Object.getOwnPropertyDescriptor(merged, 'q');
console.log(typeof md.get, typeof md.set);
