// console.log of DOMException and DataCloneError (with the stack replaced, so no V8 frames are printed)
const e = new DOMException('boom', 'DataCloneError');
delete e.stack;
console.log(e);
console.log([e], { e });
const withCause = new DOMException('m', { name: 'AbortError', cause: 1 });
delete withCause.stack;
console.log(withCause);
const odd = new DOMException('m', 'X');
delete odd.stack;
console.log(odd);
e.stack = 'custom stack';
console.log(e);
try {
  structuredClone(() => {});
} catch (err) {
  err.stack = `${err.name}: ${err.message}\n    at <frames>`;
  console.log(err);
  console.log({ err });
}
const plain = Object.create(Error.prototype);
console.log(plain);
