const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length, JSON.stringify(revoke.name));
console.log(revoke(), revoke());
for (const op of [() => proxy.a, () => "a" in proxy, () => Object.keys(proxy), () => Object.getPrototypeOf(proxy), () => Array.isArray(proxy)]) {
  try { op(); console.log("no error"); } catch (e) { console.log(e.constructor.name); }
}
console.log(typeof proxy, Object.prototype.toString.call(Proxy.revocable([], {}).proxy));
const fn = Proxy.revocable(function () {}, {});
fn.revoke();
console.log(typeof fn.proxy);
try { fn.proxy(); } catch (e) { console.log(e.constructor.name); }
try { Proxy({}, {}); } catch (e) { console.log(e.constructor.name); }
try { new Proxy(1, {}); } catch (e) { console.log(e.constructor.name); }
console.log(Object.hasOwn(Proxy, "prototype"), Proxy.length, Proxy.name);
