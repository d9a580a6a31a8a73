// Invariant violations and odd traps.
var frozen = Object.freeze({ k: 1 });
var cases = [
  function () { return new Proxy(frozen, { get: function () { return 2; } }).k; },
  function () { return Object.keys(new Proxy(frozen, { ownKeys: function () { return ["k", "k"]; } })); },
  function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return { length: 2, 0: "a", 1: Symbol() }; } })); },
  function () { return new Proxy([], {}).concat(new Proxy([1, 2], {})); },
  function () { return JSON.stringify(new Proxy({ a: [1n] }, {})); },
  function () { var p = new Proxy({}, { getPrototypeOf: function () { return p; } }); return p instanceof Object; },
];
for (var i = 0; i < cases.length; i++) { try { cases[i](); } catch (e) { String(e); } }
