// Every trap fires with the arguments the spec gives, in order.
const log = [];
const handler = {};
for (const trap of ["get", "set", "has", "deleteProperty", "ownKeys", "getOwnPropertyDescriptor",
  "defineProperty", "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions"]) {
  handler[trap] = function (...args) {
    log.push(trap + "(" + args.slice(1).map(a => typeof a === "symbol" ? a.toString() : typeof a === "object" && a !== null ? "obj" : String(a)).join(", ") + ")");
    return Reflect[trap](...args);
  };
}
const target = { a: 1, [Symbol("s")]: 2 };
const p = new Proxy(target, handler);
p.a;
p.b = 2;
"a" in p;
delete p.b;
Object.keys(p);
Object.getOwnPropertyNames(p);
Object.getOwnPropertySymbols(p);
Object.defineProperty(p, "c", { value: 3, configurable: true });
Object.getPrototypeOf(p);
Object.setPrototypeOf(p, null);
Object.isExtensible(p);
Object.preventExtensions(p);
for (const line of log) console.log(line);
console.log(JSON.stringify(target), Object.isExtensible(target));
