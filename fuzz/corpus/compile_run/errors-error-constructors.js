// constructing each native error type, with and without new
const ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const C of ctors) {
  const withNew = new C('msg');
  const withoutNew = C('msg');
  console.log(C.name, withNew.name, withNew.message, withNew instanceof C, withNew instanceof Error,
    withoutNew instanceof C, Object.getPrototypeOf(withNew) === C.prototype, C.length);
}
// prototype chain of error constructors
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Object.getPrototypeOf(Error.prototype) === Object.prototype);
// name and message live on the prototype
console.log(TypeError.prototype.name, Error.prototype.message === '', TypeError.prototype.hasOwnProperty('message'));
console.log(Object.prototype.toString.call(new RangeError()), Object.prototype.toString.call(Error.prototype));
