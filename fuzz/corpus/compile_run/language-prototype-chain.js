// prototype chains: lookup, shadowing, Object.create, constructor property
const grand = { g: 'grand', shared: 'from grand' };
const parent = Object.create(grand);
parent.p = 'parent';
parent.shared = 'from parent';
const child = Object.create(parent);
child.c = 'child';

console.log(child.c, child.p, child.g, child.shared);
console.log(Object.getPrototypeOf(child) === parent, Object.getPrototypeOf(parent) === grand);
console.log(grand.isPrototypeOf(child), child.isPrototypeOf(grand));

// assignment creates an own property (shadowing)
child.g = 'own';
console.log(child.g, grand.g, child.hasOwnProperty('g'));

// inherited setter is invoked instead of shadowing
const withSetter = {
  set v(x) { this._v = x * 2; },
  get v() { return this._v; },
};
const inh = Object.create(withSetter);
inh.v = 5;
console.log(inh.v, inh.hasOwnProperty('v'), inh.hasOwnProperty('_v'));

// inherited non-writable property prevents assignment (sloppy: silently)
const ro = Object.create(Object.defineProperty({}, 'fixed', { value: 1, writable: false }));
ro.fixed = 2;
console.log(ro.fixed, ro.hasOwnProperty('fixed'));

// constructor.prototype.constructor
function F() {}
console.log(F.prototype.constructor === F, new F().constructor === F);
console.log(Object.getPrototypeOf(F.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(Object.prototype));

// changing prototype affects existing instances
const a = new F();
F.prototype.added = 'added later';
console.log(a.added);

// null-prototype objects
const bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, 'x' in bare, Object.getPrototypeOf(bare));

// __proto__ accessor
const viaProto = { __proto__: parent };
console.log(viaProto.p, viaProto.__proto__ === parent);

// cycle prevention
try {
  Object.setPrototypeOf(grand, child);
} catch (e) {
  console.log('cycle', e.name);
}
