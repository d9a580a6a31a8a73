// The invariant checks of ECMA-262 §10.5 reject traps that lie about the target.
function attempt(name, f) {
  try { console.log(name, "->", f()); } catch (e) { console.log(name, "->", e.constructor.name); }
}
const frozen = Object.freeze({ x: 1 });
attempt("get lies about frozen value", () => new Proxy(frozen, { get() { return 2; } }).x);
attempt("get tells the truth", () => new Proxy(frozen, { get() { return 1; } }).x);
attempt("has hides non-configurable", () => "x" in new Proxy(frozen, { has() { return false; } }));
attempt("deleteProperty claims success", () => delete new Proxy(frozen, { deleteProperty() { return true; } }).x);
attempt("ownKeys omits key", () => Object.keys(new Proxy(frozen, { ownKeys() { return []; } })));
attempt("ownKeys duplicates", () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return ["a", "a"]; } })));
attempt("ownKeys non-string", () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return [1]; } })));
attempt("ownKeys extra on non-extensible", () => Reflect.ownKeys(new Proxy(Object.preventExtensions({}), { ownKeys() { return ["z"]; } })));
attempt("getPrototypeOf lies on non-extensible", () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } })));
attempt("isExtensible lies", () => Object.isExtensible(new Proxy({}, { isExtensible() { return false; } })));
attempt("preventExtensions lies", () => Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } })));
attempt("defineProperty on non-extensible", () => Object.defineProperty(new Proxy(Object.preventExtensions({}), { defineProperty() { return true; } }), "q", { value: 1 }));
attempt("gOPD reports non-configurable", () => Object.getOwnPropertyDescriptor(new Proxy({ y: 1 }, { getOwnPropertyDescriptor() { return { value: 1, configurable: false }; } }), "y"));
attempt("gOPD returns a primitive", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return 1; } }), "y"));
attempt("set on read-only", () => Reflect.set(new Proxy(frozen, { set() { return true; } }), "x", 5));
attempt("set returns false (sloppy)", () => { new Proxy({}, { set() { return false; } }).k = 1; return "ok"; });
attempt("set returns false (strict)", () => { "use strict"; new Proxy({}, { set() { return false; } }).k = 1; return "ok"; });
attempt("construct returns primitive", () => new (new Proxy(function () {}, { construct() { return 1; } }))());
attempt("trap is not callable", () => new Proxy({}, { get: 1 }).x);
