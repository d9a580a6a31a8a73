// boxed primitives and wrapper objects
console.log(new Number(5));
console.log(new String('str'));
console.log(new Boolean(false));
console.log(Object(Symbol('boxed')));
console.log([new Number(-0), new String('')]);
const withProp = new String('ab');
withProp.extra = 1;
console.log(withProp);
