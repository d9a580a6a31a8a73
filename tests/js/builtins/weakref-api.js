const target = { name: "target" };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name);
console.log(Object.prototype.toString.call(ref), WeakRef.length, WeakRef.prototype.deref.length);
const symRef = new WeakRef(Symbol("local"));
console.log(typeof symRef.deref(), symRef.deref().description);
for (const bad of [1, "s", null, undefined, Symbol.for("registered")]) {
  try { new WeakRef(bad); console.log("accepted"); } catch (e) { console.log(e.constructor.name); }
}
try { WeakRef({}); } catch (e) { console.log(e.constructor.name); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.constructor.name); }
class Tracked extends WeakRef { constructor(t) { super(t); this.extra = true; } }
const t = new Tracked(target);
console.log(t instanceof WeakRef, t.extra, t.deref() === target);
console.log(ref, [ref]);
