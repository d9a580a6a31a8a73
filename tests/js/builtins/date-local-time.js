// TZ=America/New_York
// Local time in a zone with daylight saving time: gaps, folds and offsets (run with TZ=America/New_York).
for (const args of [[2021, 2, 14, 2, 30], [2021, 10, 7, 1, 30], [2021, 2, 14, 3, 0], [2021, 10, 7, 0, 59, 59, 999], [1900, 0, 1], [2021, 6, 4, 12]]) {
  const d = new Date(...args);
  console.log(args.join(","), d.getTime(), d.toString(), d.getHours(), d.getTimezoneOffset());
}
console.log(Date.parse("2021-03-14T02:30:00"), Date.parse("2021-11-07T01:30:00"), Date.parse("2021-11-07"));
console.log(new Date(2021, 6, 4).toDateString(), new Date(2021, 6, 4).toTimeString());
console.log(new Date(2021, 6, 4, 15, 5).toLocaleString(), new Date(2021, 0, 1, 0, 0).toLocaleTimeString());
const d = new Date(2021, 2, 13, 12);
d.setDate(14);
console.log(d.toString(), d.getHours());
d.setUTCHours(0);
console.log(d.toString());
console.log(new Date(Date.UTC(3000, 6, 1)).toString(), new Date(Date.UTC(12000, 6, 1)).toString());
