// super in object literal methods and changing the home object's prototype
const base = {
  hello() { return 'base hello from ' + this.name; },
  get kind() { return 'base kind'; },
};
const obj = {
  __proto__: base,
  name: 'obj',
  hello() { return 'obj > ' + super.hello(); },
  get kind() { return 'obj > ' + super.kind; },
};
console.log(obj.hello());
console.log(obj.kind);

// prototype swapped at runtime: super follows the home object's current prototype
const other = { hello() { return 'other hello from ' + this.name; } };
Object.setPrototypeOf(obj, other);
console.log(obj.hello());

// home object is fixed at definition, copying the method keeps it
const copy = { name: 'copy', hello: obj.hello };
console.log(copy.hello());

// Object.setPrototypeOf then super in a method defined with setPrototypeOf later
const late = {
  m() { return super.m ? super.m() : 'no super m'; },
};
console.log(late.m());
Object.setPrototypeOf(late, { m() { return 'late proto m'; } });
console.log(late.m());

// super assignment in object literal methods
const target = {
  __proto__: { set x(v) { this._x = 'set by proto setter: ' + v; } },
  put(v) { super.x = v; return this._x; },
};
console.log(target.put(5));

// non-method function properties cannot use super
try {
  eval('({ f: function () { return super.x; } })');
} catch (e) {
  console.log('function property', e.name);
}
