// Temporal is created on first use (builtins/lazy_global.rs). A Temporal object made before
// any script read the global still gets the realm's %Temporal.Instant.prototype%, also when
// the global was overwritten unread. Node 20 has no Temporal: expected output from Node 24
// with --harmony-temporal, which agrees with the spec here (ECMA-262 §19: global
// properties are writable, non-enumerable, configurable; Date.prototype.toTemporalInstant).
const early = new Date(86400000).toTemporalInstant();
console.log(Object.getPrototypeOf(early)[Symbol.toStringTag], early.toString());
console.log(Object.getPrototypeOf(early) === Temporal.Instant.prototype);
const d = Object.getOwnPropertyDescriptor(globalThis, "Temporal");
console.log(d.value === Temporal, d.writable, d.enumerable, d.configurable, Temporal[Symbol.toStringTag]);
console.log(typeof Temporal.Instant, typeof Temporal.PlainDate.from, typeof Temporal.Now.instant);
