// Proxies: every trap, revocation, proxies in prototype chains and as functions.
var log = [];
var h = {};
["get","set","has","deleteProperty","ownKeys","getOwnPropertyDescriptor","defineProperty","getPrototypeOf","setPrototypeOf","isExtensible","preventExtensions","apply","construct"].forEach(function (t) {
  h[t] = function () { log.push(t); return Reflect[t].apply(null, arguments); };
});
var p = new Proxy(function f(a) { this.a = a; }, h);
p.x = 1; p.x; "x" in p; delete p.x; Object.keys(p); Object.freeze(p); p(1); new p(2);
var r = Proxy.revocable({}, {}); var child = Object.create(r.proxy); r.revoke();
try { child.y; } catch (e) { log.push(e.name); }
var big = (2n ** 64n) * -3n >> 5n; log.push(String(big), typeof big, big < 1, BigInt.asUintN(7, big));
var d = new Date(2020, 1, 29, 12); d.setMonth(13); d.setUTCHours(-1); log.push(d.toString(), d.getTimezoneOffset());
var w = new WeakRef({}); var fr = new FinalizationRegistry(function () {}); fr.register({}, 1, w);
log.push(JSON.stringify(log).length);
