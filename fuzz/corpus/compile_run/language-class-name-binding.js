// the class name binding inside the class body is immutable and independent of the outer binding
class A {
  static self() { return A; }
  make() { return new A(); }
  tryReassign() {
    try { A = null; } catch (e) { return e.name; }
  }
}
const Original = A;
console.log(A.self() === Original);
console.log(new A().tryReassign());

// outer binding of a class declaration can be reassigned (it is a let-like binding)
let Saved = A;
A = 'replaced';
console.log(typeof A, Saved.self() === Saved, new Saved().make() instanceof Saved);

// named class expression: name only visible inside
const Expr = class Inner {
  static getInner() { return Inner; }
};
console.log(typeof Inner, Expr.getInner() === Expr, Expr.name);

// class name is in TDZ inside the heritage expression
try {
  class Self extends Self {}
} catch (e) {
  console.log('extends self', e.name);
}

// class name inside computed keys is in TDZ
try {
  class K { [K.name]() {} }
} catch (e) {
  console.log('computed key', e.name);
}

// class name available in field initializers and static blocks
class F {
  static ref = F;
  static { F.fromBlock = F.name; }
  inst = F.name;
}
console.log(F.ref === F, F.fromBlock, new F().inst);

// anonymous class expression gets the binding name
const Anon = class {};
const obj = { Prop: class {} };
console.log(Anon.name, obj.Prop.name);
