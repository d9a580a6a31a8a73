// SameValue compares strings by content and BigInts by value: redefining frozen properties and proxy invariants.
const o = {};
Object.defineProperty(o, "s", { value: "ab", writable: false, configurable: false });
const half = "a";
try { Object.defineProperty(o, "s", { value: half + "b" }); console.log("string: redefined with equal value ok"); } catch (e) { console.log("string:", e.name); }
Object.defineProperty(o, "n", { value: 10n ** 20n, writable: false, configurable: false });
try { Object.defineProperty(o, "n", { value: 10n ** 20n }); console.log("bigint: ok"); } catch (e) { console.log("bigint:", e.name); }
const frozen = Object.freeze({ s: "xy", n: 2n ** 70n });
const p = new Proxy(frozen, { get(t, k) { return k === "s" ? "x" + half.replace("a", "y") : 2n ** 70n; } });
try { console.log("proxy get", p.s, p.n); } catch (e) { console.log("proxy:", e.name); }
console.log(Reflect.set(new Proxy(frozen, { set() { return true; } }), "n", 2n ** 70n));
