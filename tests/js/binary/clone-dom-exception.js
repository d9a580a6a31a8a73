// DOMException: constructor forms, name/message/code getters, the legacy code constants, inheritance from Error
const e = new DOMException('boom', 'DataCloneError');
console.log(e.name, e.message, e.code, String(e), e instanceof DOMException, e instanceof Error);
console.log(Object.prototype.toString.call(e), Object.getOwnPropertyNames(e));
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(DOMException.name, DOMException.length, DOMException.prototype[Symbol.toStringTag]);
const d = new DOMException();
console.log(JSON.stringify([d.message, d.name, d.code]));
console.log(new DOMException(undefined, undefined).name, new DOMException(1, 2).name, new DOMException({}, 'NotFoundError').code);
const withOptions = new DOMException('m', { name: 'AbortError', cause: 'why' });
console.log(withOptions.name, withOptions.code, withOptions.cause, Object.getOwnPropertyDescriptor(withOptions, 'cause'));
console.log(new DOMException('m', {}).name, 'cause' in new DOMException('m', {}), new DOMException('m', () => 1).name);
for (const name of ['IndexSizeError', 'DOMStringSizeError', 'NoDataAllowedError', 'ValidationError', 'TimeoutError', 'DataCloneError', 'EncodingError', 'X']) {
  console.log(name, new DOMException('', name).code);
}
const constants = Object.keys(DOMException);
console.log(constants.length, constants[0], constants[24], DOMException.INDEX_SIZE_ERR, DOMException.prototype.DATA_CLONE_ERR);
console.log(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'));
console.log(Object.keys(DOMException.prototype).slice(0, 5));
const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, 'code');
console.log(typeof desc.get, desc.get.name, desc.set, desc.enumerable, desc.configurable);
for (const f of [
  () => DOMException('x'),
  () => desc.get.call({}),
  () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call(Object.create(DOMException.prototype)),
  () => new DOMException(Symbol()),
]) {
  try {
    f();
  } catch (err) {
    console.log(err.constructor.name, err.message, err.code);
  }
}
class Sub extends DOMException {
  constructor() { super('sub message', 'SyntaxError'); }
}
const s = new Sub();
console.log(s instanceof Sub, s instanceof DOMException, s.name, s.code, s.message);
console.log(typeof e.stack, e.stack.split('\n')[0]);
