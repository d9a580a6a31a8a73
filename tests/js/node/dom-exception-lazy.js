// DOMException is one of Node's lazy globals: an accessor pair until first read, then a
// data property; host operations that throw one before that get the same class.
const d = Object.getOwnPropertyDescriptor(globalThis, "DOMException");
console.log(typeof d.get, d.get.name, d.set.name, d.enumerable, d.configurable);
let thrown;
try {
  structuredClone(() => 1);
} catch (e) {
  thrown = e;
}
console.log(thrown.name, thrown.code, thrown instanceof DOMException, thrown.constructor === DOMException);
const after = Object.getOwnPropertyDescriptor(globalThis, "DOMException");
console.log(typeof after.value, after.writable, after.enumerable, after.configurable);
console.log(new DOMException("m", "AbortError").code, DOMException.ABORT_ERR);
