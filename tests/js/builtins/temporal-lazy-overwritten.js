// Temporal written before it is read: the global is replaced without being created, and
// Temporal objects still get their intrinsic prototype. Expected output written from the
// spec (Node 20 has no Temporal).
globalThis.Temporal = "mine";
const instant = new Date(0).toTemporalInstant();
console.log(Temporal, Object.getPrototypeOf(instant)[Symbol.toStringTag], instant.epochMilliseconds);
console.log(typeof Object.getPrototypeOf(instant).constructor.from);
