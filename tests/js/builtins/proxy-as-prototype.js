// A proxy in the prototype chain receives [[Get]]/[[Set]]/[[HasProperty]] with the original receiver.
const log = [];
const proto = new Proxy({ inherited: 1 }, {
  get(t, k, r) { log.push("get " + String(k) + " receiver-is-child:" + (r === child)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push("set " + String(k)); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push("has " + String(k)); return Reflect.has(t, k); },
});
const child = Object.create(proto);
child.own = 1;
console.log(child.inherited, child.own, child.missing);
child.fresh = 2;
console.log("fresh" in child, "inherited" in child, "nope" in child);
for (const k in child) log.push("for-in " + k);
console.log(log.join("\n"));
console.log(Object.keys(child), Object.hasOwn(child, "fresh"));
