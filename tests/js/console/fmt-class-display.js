// classes print as [class X], with extends and static members
class A {}
class B extends A {}
class C extends B { static count = 3; static label = 'c'; }
console.log(C);
console.log({ cls: C });
const Anon = (() => class {})();
console.log(Anon);
console.log([class extends B {}]);
class D { static method() {} }
console.log(D);
class E extends null {}
console.log(E);
class F extends Array {}
console.log(F, new F());
class G extends Map {}
console.log(G);
console.log(Object.assign(class H {}, { extra: [1, 2] }));
