// ergonomic brand checks with `#x in obj`
class A {
  #secret = 1;
  #method() {}
  get #acc() { return 1; }
  static isA(o) { return #secret in o; }
  static hasMethod(o) { return #method in o; }
  static hasAcc(o) { return #acc in o; }
}
const a = new A();
console.log(A.isA(a), A.isA({}), A.hasMethod(a), A.hasMethod({}), A.hasAcc(a));

// subclasses have the brand via super()
class B extends A {}
console.log(A.isA(new B()));

// objects with same-looking fields do not
class Lookalike { #secret = 1; }
console.log(A.isA(new Lookalike()));

// right-hand side must be an object
try { A.isA(1); } catch (e) { console.log('primitive', e.name); }
try { A.isA(null); } catch (e) { console.log('null', e.name); }

// proxy-free check of prototype objects
console.log(A.isA(A.prototype), A.isA(Object.create(a)));

// precedence: `#x in o` combined with logical operators
class P {
  #p;
  static check(o) { return #p in o && !(#p in {}); }
}
console.log(P.check(new P()));
