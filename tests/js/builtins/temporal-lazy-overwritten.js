// Temporal written before it is read: the global is replaced without being created, and
// Temporal objects still get their intrinsic prototype. Node 20 has no Temporal: expected
// output from Node 24 with --harmony-temporal.
globalThis.Temporal = "mine";
const instant = new Date(0).toTemporalInstant();
console.log(Temporal, Object.getPrototypeOf(instant)[Symbol.toStringTag], instant.epochMilliseconds);
console.log(typeof Object.getPrototypeOf(instant).constructor.from);
