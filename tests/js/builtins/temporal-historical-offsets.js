// historical time zone data: local mean time offsets with seconds, offsets rounded in strings, and older DST rules
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const ny = Temporal.ZonedDateTime.from({ timeZone: 'America/New_York', year: 1850, month: 1, day: 1 });
console.log(ny.toString(), ny.offset, ny.offsetNanoseconds);
console.log(ny.toInstant().toString());
// parsing with the rounded offset matches the zone's sub-minute offset
console.log(Temporal.ZonedDateTime.from('1850-01-01T00:00-04:56[America/New_York]').equals(ny));
try { Temporal.ZonedDateTime.from('1850-01-01T00:00-04:57[America/New_York]'); } catch (e) { console.log(e.name); }
console.log(Temporal.ZonedDateTime.from('1850-01-01T00:00-04:56:02[America/New_York]').equals(ny));
// the switch to standard time on 1883-11-18 at noon
const railway = Temporal.ZonedDateTime.from('1883-11-18T11:00[America/New_York]');
console.log(railway.getTimeZoneTransition('next').toString(), railway.hoursInDay);
const berlin = Temporal.ZonedDateTime.from({ timeZone: 'Europe/Berlin', year: 1890, month: 6, day: 1 });
console.log(berlin.toString(), berlin.offsetNanoseconds);
const tokyo = Temporal.ZonedDateTime.from({ timeZone: 'Asia/Tokyo', year: 1880, month: 1, day: 1 });
console.log(tokyo.toString(), tokyo.offsetNanoseconds);
// summer time in Tokyo 1948-1951 and double summer time in Berlin 1945
console.log(Temporal.ZonedDateTime.from('1949-06-01T12:00[Asia/Tokyo]').offset, Temporal.ZonedDateTime.from('1949-12-01T12:00[Asia/Tokyo]').offset);
console.log(Temporal.ZonedDateTime.from('1945-06-01T12:00[Europe/Berlin]').offset);
// US year-round DST in 1974
console.log(Temporal.ZonedDateTime.from('1974-02-01T12:00[America/New_York]').offset, Temporal.ZonedDateTime.from('1973-02-01T12:00[America/New_York]').offset);
// the old US rule: last Sunday of April to last Sunday of October (1986)
const t1986 = Temporal.ZonedDateTime.from('1986-01-01T00:00[America/New_York]');
const a = t1986.getTimeZoneTransition('next');
console.log(a.toString(), a.getTimeZoneTransition('next').toString());
// Europe/Berlin had no DST between 1950 and 1979
const b1950 = Temporal.ZonedDateTime.from('1950-01-01T00:00[Europe/Berlin]').getTimeZoneTransition('next');
console.log(b1950.toString());
