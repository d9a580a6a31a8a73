// structuredClone of errors: native names choose the prototype, message/stack/cause kept as own non-enumerable properties, other properties dropped
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const c = structuredClone(new E('msg'));
  console.log(c.constructor.name, c instanceof E, c.name, c.message);
}
const e = new RangeError('bad', { cause: { x: 1 } });
e.extra = 5;
const c = structuredClone(e);
console.log(Object.getOwnPropertyNames(c), c.cause, c.extra, c.stack === e.stack);
console.log(Object.getOwnPropertyDescriptor(c, 'message'), Object.getOwnPropertyDescriptor(c, 'cause').enumerable);
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; }
}
const mc = structuredClone(new MyError('mine'));
console.log(mc.constructor.name, mc instanceof MyError, mc.name, mc.message);
const renamed = new Error('r');
renamed.name = 'TypeError';
console.log(structuredClone(renamed) instanceof TypeError);
const noMessage = structuredClone(new Error());
console.log(Object.getOwnPropertyNames(noMessage), noMessage.message);
const badStack = new Error('s');
badStack.stack = 42;
const bs = structuredClone(badStack);
console.log(Object.getOwnPropertyNames(bs), bs.stack);
const withCause = structuredClone(new Error('outer', { cause: new TypeError('inner') }));
console.log(withCause.cause instanceof TypeError, withCause.cause.message);
const proto = structuredClone(Object.create(Error.prototype));
console.log(proto, Object.getPrototypeOf(proto) === Object.prototype);
