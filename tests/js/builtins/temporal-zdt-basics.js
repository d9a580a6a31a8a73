// Temporal.ZonedDateTime: constructing in named zones and offset zones, fields, offset getters, epoch getters
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const epoch = 1718454896789000000n; // 2024-06-15T12:34:56.789Z
for (const tz of ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata', '+05:45', '-03:00', '+00:00']) {
  const z = new Temporal.ZonedDateTime(epoch, tz);
  console.log(tz.padEnd(16), z.toString(), z.offset, z.offsetNanoseconds, z.timeZoneId);
}
const z = Temporal.ZonedDateTime.from('2024-12-25T09:30:15.5+01:00[Europe/Berlin]');
console.log(z.year, z.month, z.day, z.hour, z.minute, z.second, z.millisecond, z.calendarId);
console.log(z.epochMilliseconds, String(z.epochNanoseconds));
console.log(Temporal.ZonedDateTime.from('2024-12-25T09:30[Europe/Berlin]').toString());
console.log(Temporal.ZonedDateTime.from('2024-12-25T09:30Z[Asia/Tokyo]').toString());
console.log(Temporal.ZonedDateTime.from('2024-12-25T09:30[+09:00]').toString());
console.log(Temporal.ZonedDateTime.from({ timeZone: 'America/New_York', year: 2024, month: 7, day: 4, hour: 21 }).toString());
console.log(Temporal.ZonedDateTime.from('2024-07-04T12:00[utc]').timeZoneId);
console.log(Temporal.ZonedDateTime.from('2024-07-04T12:00[europe/berlin]').timeZoneId);
console.log(Temporal.ZonedDateTime.from('2024-07-04T12:00[Etc/UTC]').timeZoneId);
console.log(new Temporal.ZonedDateTime(0n, 'UTC').toString());
console.log(new Temporal.ZonedDateTime(0n, 'UTC').equals(Temporal.ZonedDateTime.from('1970-01-01T00:00+00:00[UTC]')));
console.log(new Temporal.ZonedDateTime(0n, 'UTC').equals(new Temporal.ZonedDateTime(0n, '+00:00')));
try { Temporal.ZonedDateTime.from('2024-12-25T09:30'); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { new Temporal.ZonedDateTime(0n, 'Mars/Olympus_Mons'); } catch (e) { console.log(e.name); }
try { Temporal.ZonedDateTime.from('2024-12-25T09:30+02:00[Europe/Berlin]'); } catch (e) { console.log(e.name); }
try { Temporal.ZonedDateTime.from({ year: 2024, month: 1, day: 1 }); } catch (e) { console.log(e.name); }
try { new Temporal.ZonedDateTime(0, 'UTC'); } catch (e) { console.log(e.name); }
