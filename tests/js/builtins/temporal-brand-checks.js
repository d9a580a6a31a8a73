// brand checks: Temporal methods and getters on the wrong receivers throw TypeError; toStringTag and the namespace shape
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const names = ['Duration', 'Instant', 'PlainDate', 'PlainTime', 'PlainDateTime', 'PlainYearMonth', 'PlainMonthDay', 'ZonedDateTime'];
console.log(Object.prototype.toString.call(Temporal), typeof Temporal, Object.keys(Temporal).length);
console.log(Object.getOwnPropertyNames(Temporal).sort().join(' '));
console.log(Object.getOwnPropertyNames(Temporal.Now).sort().join(' '));
for (const n of names) {
  const C = Temporal[n];
  const desc = Object.getOwnPropertyDescriptor(Temporal, n);
  console.log(n, typeof C, C.name, C.length, desc.writable, desc.enumerable, desc.configurable,
    C.prototype[Symbol.toStringTag], Object.prototype.toString.call(C.prototype));
}
const date = Temporal.PlainDate.from('2024-01-01');
const time = Temporal.PlainTime.from('10:00');
function check(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e instanceof TypeError); }
}
check('PlainDate.toString on PlainTime', () => Temporal.PlainDate.prototype.toString.call(time));
check('PlainDate.year getter on plain object', () => Object.getOwnPropertyDescriptor(Temporal.PlainDate.prototype, 'year').get.call({ year: 1 }));
check('PlainTime.hour getter on PlainDateTime', () => Object.getOwnPropertyDescriptor(Temporal.PlainTime.prototype, 'hour').get.call(Temporal.PlainDateTime.from('2024-01-01T10:00')));
check('Duration.add on undefined', () => Temporal.Duration.prototype.add.call(undefined, 'PT1H'));
check('Instant.epochNanoseconds on Date', () => Object.getOwnPropertyDescriptor(Temporal.Instant.prototype, 'epochNanoseconds').get.call(new Date(0)));
check('ZonedDateTime.offset on prototype', () => Temporal.ZonedDateTime.prototype.offset);
check('PlainDate.equals on object created from prototype', () => Object.create(Temporal.PlainDate.prototype).equals(date));
check('PlainYearMonth.toPlainDate on PlainDate', () => Temporal.PlainYearMonth.prototype.toPlainDate.call(date, { day: 1 }));
check('static compare is not brand-checked on this', () => Temporal.PlainDate.compare.call(null, date, date));
// a subclass instance passes the brand check
class MyDate extends Temporal.PlainDate {
  isWeekend() { return this.dayOfWeek >= 6; }
}
const mine = new MyDate(2024, 6, 1);
console.log(mine instanceof Temporal.PlainDate, mine.isWeekend(), mine.toString(), Temporal.PlainDate.prototype.toString.call(mine));
// methods return base-class instances, not the subclass
console.log(mine.add({ days: 1 }) instanceof MyDate, mine.add({ days: 1 }).constructor === Temporal.PlainDate);
// Temporal objects have no own properties
console.log(Object.keys(date).length, Reflect.ownKeys(date).length, JSON.stringify(Object.entries(time)));
