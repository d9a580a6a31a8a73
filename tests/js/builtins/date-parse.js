// Date.parse: the ISO format (date-only = UTC, date-time = local), toString and toUTCString round trips.
const inputs = ["2020-02-29", "2020-13-01", "2020-02-29T12:00", "2020-02-29T12:00:00.5Z",
  "2020-02-29T12:00:00.123456Z", "2020-02-29T24:00:00Z", "2020-02-29T24:00:01Z", "+275760-09-13T00:00:00Z",
  "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00Z", "-000000-01-01T00:00:00Z", "2020-01-01T00:00:00+05:30",
  "2020-01-01T00:00:00-23:59", "2020", "2020-06", "T12:00", "", " 2020-01-01 "];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
const d = new Date(Date.UTC(1999, 11, 31, 23, 59, 59));
console.log(Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(), Date.parse(d.toISOString()) === d.getTime());
console.log(new Date(2020, 1).getDate(), new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), Date.UTC(99), Date.UTC());
// V8 accepts "2020-02-30" (as March 1st); the spec makes illegal element values NaN, which Spindle follows.
