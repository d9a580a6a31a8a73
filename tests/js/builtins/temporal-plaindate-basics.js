// Temporal.PlainDate: constructor, from strings and property bags, fields, toString with calendarName
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = new Temporal.PlainDate(2024, 3, 15);
console.log(d.toString(), d.year, d.month, d.monthCode, d.day, d.calendarId);
console.log(d.era, d.eraYear);
for (const s of ['2024-03-15', '20240315', '2024-03-15T10:20:30', '2024-03-15[u-ca=iso8601]',
  '+002024-03-15', '-000001-12-31', '2024-03-15T23:59:59+14:00[Pacific/Kiritimati]']) {
  console.log(s, '->', Temporal.PlainDate.from(s).toString());
}
console.log(Temporal.PlainDate.from({ year: 2024, month: 2, day: 29 }).toString());
console.log(Temporal.PlainDate.from({ year: 2024, monthCode: 'M12', day: 1 }).toString());
console.log(Temporal.PlainDate.from({ year: '2024', month: '7', day: 4.0 }).toString());
console.log(Temporal.PlainDate.from(Temporal.PlainDateTime.from('2020-01-02T03:04')).toString());
console.log(new Temporal.PlainDate(10000, 1, 1).toString(), new Temporal.PlainDate(0, 1, 1).toString(), new Temporal.PlainDate(-5, 6, 7).toString());
for (const calendarName of ['auto', 'always', 'never', 'critical']) {
  console.log(calendarName, d.toString({ calendarName }));
}
console.log(d.toJSON(), JSON.stringify([d]));
const copy = Temporal.PlainDate.from(d);
console.log(copy === d, copy.equals(d));
try { Temporal.PlainDate.from({ year: 2024, month: 2 }); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { Temporal.PlainDate.from('2024-13-01'); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { Temporal.PlainDate.from('2024-02-30'); } catch (e) { console.log(e.name); }
try { new Temporal.PlainDate(2024, 2, 30); } catch (e) { console.log(e.name); }
try { Temporal.PlainDate.from({ year: 2024, month: 1, monthCode: 'M02', day: 1 }); } catch (e) { console.log(e.name); }
try { Temporal.PlainDate.from('2024-03-15Z'); } catch (e) { console.log(e.name); }
try { Temporal.PlainDate.from(20240315); } catch (e) { console.log(e.name); }
