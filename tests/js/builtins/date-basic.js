// Date: time values, UTC fields, the ISO format and parsing (time-zone independent).
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.getTime(), d.valueOf(), +d);
console.log(d.toISOString(), JSON.stringify({ d }));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.toUTCString());
console.log(d);
console.log([new Date(0), new Date(-1)]);
console.log(new Date(NaN), String(new Date(NaN)), new Date(8.64e15 + 1).getTime());
console.log(Date.UTC(99, 0), Date.UTC(2000, 13, 1), Date.UTC(1970, 0, 1, 0, 0, 0, -1));
console.log(Date.parse('2024-02-29'), Date.parse('2024-02-29T12:00:00Z'), Date.parse('+275760-09-13T00:00:00.000Z'));
console.log(Date.parse('nonsense'), Date.parse('2024-02-29T12:00:00.5+02:00'));
console.log(Date.parse(new Date(123456789).toUTCString()), Date.parse(new Date(123456789000).toISOString()));
console.log(Object.prototype.toString.call(d), typeof Date(), typeof Date.now(), Date.length, Date.UTC.length);
console.log(new Date(d).getTime() === d.getTime(), new Date('1970-01-01T00:00:00.000Z').getTime());
console.log(d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('default'));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name, e.message); }
try { d[Symbol.toPrimitive]('bogus'); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(-62198755200000).toISOString(), new Date(253402300800000).toISOString());
const e = new Date(5); console.log(e.setTime(77), e.getTime(), e.setTime('x'), e.getTime());
console.log(new Date(2020, 0).getTime() === new Date(2020, 0, 1, 0, 0, 0, 0).getTime());
console.log(Date.now() > 1.7e12, new Date() - new Date(0) > 0);
