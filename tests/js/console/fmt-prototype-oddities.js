// objects whose prototype chain or constructor property is unusual
function Foo() {}
console.log(Object.create(Foo.prototype));
console.log({ constructor: 'not a function' });
const noCtor = Object.create({});
noCtor.x = 1;
console.log(noCtor);
const arr = [1, 2];
Object.setPrototypeOf(arr, null);
console.log(arr);
class MyArray extends Array {}
console.log(MyArray.from([1, 2, 3]));
console.log({ list: new MyArray() });
