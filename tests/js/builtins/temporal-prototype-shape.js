// the shape of the Temporal prototypes: accessor getters, method lengths, non-enumerable properties, static methods
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const desc = (o, k) => Object.getOwnPropertyDescriptor(o, k);
const y = desc(Temporal.PlainDate.prototype, 'year');
console.log(typeof y.get, y.set, y.enumerable, y.configurable, y.get.length);
const m = desc(Temporal.PlainDate.prototype, 'add');
console.log(typeof m.value, m.writable, m.enumerable, m.configurable, m.value.name, m.value.length);
const lengths = (C, names) => names.map((n) => n + '=' + C.prototype[n].length).join(' ');
console.log(lengths(Temporal.PlainDate, ['add', 'subtract', 'until', 'since', 'with', 'equals', 'toString', 'toJSON', 'toPlainDateTime', 'toZonedDateTime', 'valueOf']));
console.log(lengths(Temporal.Duration, ['add', 'subtract', 'round', 'total', 'with', 'negated', 'abs', 'toString']));
console.log(lengths(Temporal.ZonedDateTime, ['add', 'until', 'round', 'with', 'withPlainTime', 'withTimeZone', 'startOfDay', 'getTimeZoneTransition', 'toString']));
const statics = (C) => Object.getOwnPropertyNames(C).filter((k) => typeof C[k] === 'function').sort().join(',');
for (const n of ['Duration', 'Instant', 'PlainDate', 'PlainTime', 'PlainDateTime', 'PlainYearMonth', 'PlainMonthDay', 'ZonedDateTime']) {
  console.log(n, statics(Temporal[n]), Temporal[n].from.length, Temporal[n].compare ? Temporal[n].compare.length : '-');
}
console.log(Temporal.Instant.fromEpochMilliseconds.length, Temporal.Instant.fromEpochNanoseconds.length);
const getters = (C) => Object.getOwnPropertyNames(C.prototype).filter((k) => typeof desc(C.prototype, k).get === 'function').sort().join(',');
console.log('Duration:', getters(Temporal.Duration));
console.log('PlainTime:', getters(Temporal.PlainTime));
console.log('PlainYearMonth:', getters(Temporal.PlainYearMonth));
console.log('PlainMonthDay:', getters(Temporal.PlainMonthDay));
console.log('Instant:', getters(Temporal.Instant));
console.log('ZonedDateTime:', getters(Temporal.ZonedDateTime));
const enumerable = Object.getOwnPropertyNames(Temporal.PlainDateTime.prototype).filter((k) => desc(Temporal.PlainDateTime.prototype, k).enumerable);
console.log('enumerable:', enumerable.length);
console.log(Object.getPrototypeOf(Temporal.PlainDate.prototype) === Object.prototype, Object.getPrototypeOf(Temporal.PlainDate) === Function.prototype);
console.log(Temporal.PlainDate.prototype.constructor === Temporal.PlainDate, desc(Temporal.PlainDate, 'prototype').writable);
