// The set* methods: argument conversion order, overflow into the next field, NaN handling.
const d = new Date(2020, 0, 31, 10, 20, 30, 400);
const log = [];
const probe = (name, v) => ({ valueOf() { log.push(name); return v; } });
console.log(d.setMonth(1), d.toISOString());
console.log(d.setDate(0), d.toISOString());
console.log(d.setHours(25, 61, 61, 1001), d.toISOString());
console.log(d.setFullYear(2021, 11), d.toISOString());
console.log(d.setMinutes(probe("min", 5), probe("sec", 6), probe("ms", 7)), log.join());
console.log(d.setMinutes(), d.getTime());
const invalid = new Date(NaN);
console.log(invalid.setSeconds(probe("converted anyway", 1)), log.at(-1));
console.log(invalid.setFullYear(1999), invalid.toISOString());
const u = new Date(Date.UTC(2020, 5, 15, 12));
console.log(u.setUTCHours(30), u.toISOString());
console.log(u.setUTCMonth(13, 2), u.toISOString());
console.log(u.setUTCMilliseconds(-1), u.toISOString());
console.log(u.setUTCFullYear(275760, 8, 14), u.setUTCDate(1), u.setTime(8.64e15 + 1), u.getTime());
console.log(Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.prototype.setMilliseconds.length);
try { Date.prototype.setHours.call({}, 1); } catch (e) { console.log(e.constructor.name); }
