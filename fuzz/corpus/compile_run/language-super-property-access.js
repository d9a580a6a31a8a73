// super.prop and super.method() in class methods: lookup starts at the home object's prototype
class A {
  greet() { return 'A.greet(' + this.tag + ')'; }
  get value() { return 'A.value of ' + this.tag; }
  static who() { return 'A.who ' + this.name; }
}
class B extends A {
  greet() { return 'B>' + super.greet(); }
  get value() { return 'B>' + super.value; }
  static who() { return 'B>' + super.who(); }
}
class C extends B {
  greet() { return 'C>' + super.greet(); }
}
const c = new C();
c.tag = 'c-instance';
console.log(c.greet());
console.log(c.value);
console.log(C.who());

// super binds to the home object, not to this: borrowing a method keeps its super
const borrowed = { tag: 'borrowed', greet: C.prototype.greet };
console.log(borrowed.greet());

// super property assignment sets on this
class Setter extends A {
  assign() {
    super.assigned = 'via super';
    return this.hasOwnProperty('assigned') + ' ' + this.assigned;
  }
}
console.log(new Setter().assign());

// super in arrow functions inside methods
class Arrowy extends A {
  greet() {
    const f = () => super.greet();
    return 'arrow:' + f();
  }
}
const ar = new Arrowy();
ar.tag = 't';
console.log(ar.greet());

// super[computed]
class Comp extends A {
  call(name) { return super[name](); }
}
const cp = new Comp();
cp.tag = 'cp';
console.log(cp.call('greet'));

// super property that does not exist
class Missing extends A {
  m() { return super.nothing; }
}
console.log(new Missing().m());

// super in a field initializer arrow
class FieldSuper extends A {
  f = () => super.greet();
  tag = 'field';
}
console.log(new FieldSuper().f());
