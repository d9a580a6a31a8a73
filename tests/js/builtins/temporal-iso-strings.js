// ISO 8601 / RFC 9557 string parsing: annotations, critical flags, extended years, separators, leap seconds, and rejected forms
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const tries = [
  ['PlainDateTime', '2024-01-02T03:04:05'],
  ['PlainDateTime', '2024-01-02t03:04:05'],
  ['PlainDateTime', '2024-01-02 03:04:05,5'],
  ['PlainDateTime', '2024-01-02T03:04:05.123456789123'],
  ['PlainDateTime', '2024-01-02T03'],
  ['PlainDateTime', '2024-01-02T03:04:60'],
  ['PlainDateTime', '2024-01-02T03:04:05[Europe/Berlin]'],
  ['PlainDateTime', '2024-01-02T03:04:05[!Europe/Berlin]'],
  ['PlainDateTime', '2024-01-02T03:04:05[u-ca=iso8601][foo=bar]'],
  ['PlainDateTime', '2024-01-02T03:04:05[!foo=bar]'],
  ['PlainDateTime', '2024-01-02T03:04:05[u-ca=iso8601][u-ca=iso8601]'],
  ['PlainDateTime', '2024-01-02T03:04:05[!u-ca=iso8601][u-ca=iso8601]'],
  ['PlainDateTime', '+0020240-01-02T03:04'],
  ['PlainDateTime', '-000000-01-02T03:04'],
  ['PlainDateTime', '2024-001'],
  ['PlainDateTime', '2024-W01-1'],
  ['PlainDate', '2024-01-02T25:00'],
  ['Instant', '2024-01-02T03:04:05.6z'],
  ['Instant', '2024-01-02T03:04:05+0130'],
  ['Instant', '2024-01-02T03:04:05+01'],
  ['Instant', '2024-01-02T03:04:05.000000001-00:00:00.5'],
  ['Instant', '2024-01-02T03:04:05+01:00[-02:00]'],
  ['Instant', '2024-01-02'],
  ['ZonedDateTime', '2024-01-02T03:04:05[+0530]'],
  ['ZonedDateTime', '2024-01-02T03:04:05Z[America/New_York][u-ca=iso8601]'],
  ['ZonedDateTime', '2024-01-02T03:04:05.5-05:00[America/New_York]'],
  ['ZonedDateTime', '2024-01-02T03:04:05-05:00:00[America/New_York]'],
  ['ZonedDateTime', '2024-01-02T03:04:05-05:00:01[America/New_York]'],
  ['Duration', 'P1Y2M3W4DT5H6M7.123456789S'],
  ['Duration', '+P1D'],
  ['Duration', '\u2212P1D'],
  ['Duration', 'PT1.5H30M'],
  ['Duration', 'P1.5D'],
  ['Duration', 'PT0.0000000001S'],
  ['PlainTime', 'T23:59:59.999999999'],
  ['PlainTime', '235959'],
  ['PlainYearMonth', '2024-05-31[u-ca=iso8601]'],
  ['PlainMonthDay', '--05-31'],
];
for (const [type, s] of tries) {
  let r;
  try { r = Temporal[type].from(s).toString(); } catch (e) { r = e.name; }
  console.log(type.padEnd(14), JSON.stringify(s), '->', r);
}
