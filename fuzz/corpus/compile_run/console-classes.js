// class formatting
class A {}
class B extends A {}
const C = class {};
const D = class Named extends B {};
console.log(A);
console.log(B);
console.log(C);
console.log(D);
console.log([A, B]);
console.log({ A });
console.log(class {});
console.log(class extends A {});
class WithStatic { static x = 1; }
console.log(WithStatic);
