// atob/btoa errors: DOMException "InvalidCharacterError" (code 5, instanceof Error), Node's messages, the missing-argument TypeError
const show = (f) => {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e instanceof DOMException, e instanceof Error, e.constructor === DOMException);
  }
};
show(() => atob("a*bc"));
show(() => atob("abc"));
show(() => atob("a"));
show(() => atob("ab\u00e9c"));
show(() => atob("-_"));
show(() => atob());
show(() => btoa("\u0100"));
show(() => btoa("a\u20acb"));
show(() => btoa("\ud83d\ude00"));
show(() => btoa());
show(() => atob(Symbol("x")));
show(() => btoa(Symbol("x")));
show(() => atob({ toString: () => { throw new RangeError("boom"); } }));
const e = new DOMException("msg", "InvalidCharacterError");
console.log(e.name, e.message, e.code, String(e), Object.prototype.toString.call(e), DOMException.INVALID_CHARACTER_ERR);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException("x", "Other").code);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, typeof atob, atob.length, btoa.length);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "btoa")).replace(/"value":[^,]*,/, ""));
