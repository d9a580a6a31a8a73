// Object.prototype.toString on primitives reads @@toStringTag along the primitive's
// prototype chain; a getter there sees the wrapper object (ToObject), a data property is
// read as it is.
const ts = Object.prototype.toString;
console.log([undefined, null, 1, "s", true, 10n, Symbol("x"), [], {}, () => 1, new Date(0), /r/, new Error("e"), new Map(), Promise.resolve()].map((v) => ts.call(v)).join());
(function () { console.log(ts.call(arguments)); })();
Object.defineProperty(String.prototype, Symbol.toStringTag, { get() { "use strict"; return typeof this; }, configurable: true });
console.log(ts.call("abc"));
delete String.prototype[Symbol.toStringTag];
Number.prototype[Symbol.toStringTag] = "Num";
console.log(ts.call(5), ts.call(new Number(5)));
delete Number.prototype[Symbol.toStringTag];
Object.prototype[Symbol.toStringTag] = 7;
console.log(ts.call(true), ts.call({}));
delete Object.prototype[Symbol.toStringTag];
const p = new Proxy({}, { get(t, k) { return k === Symbol.toStringTag ? "Proxied" : undefined; } });
Object.setPrototypeOf(Boolean.prototype, p);
console.log(ts.call(false));
console.log(ts.call(ts.call(1)) === "[object String]", ts.call(1) === ts.call(2));
