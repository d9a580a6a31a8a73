// Temporal inside async code: timers and awaits driving a simulated clock, durations summed and formatted deterministically
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const epoch = Temporal.Instant.from('2024-11-03T04:00:00Z'); // 2024-11-03T00:00-04:00 in New York
let clock = epoch;
async function task(name, steps) {
  let spent = new Temporal.Duration();
  for (const step of steps) {
    const d = Temporal.Duration.from(step);
    await sleep(d.total('millisecond') / 1000); // 1 simulated second = 1 real millisecond
    clock = clock.add(d);
    spent = spent.add(d);
    const local = clock.toZonedDateTimeISO('America/New_York');
    console.log(name, 'did', d.toString(), 'local', local.toPlainTime().toString(), local.offset);
  }
  return spent;
}
async function main() {
  const totals = [];
  for (const [name, steps] of [['a', ['PT20M', 'PT40M', 'PT30M']], ['b', ['PT1H', 'PT15M']]]) {
    totals.push([name, await task(name, steps)]);
  }
  for (const [name, d] of totals) console.log(name, 'total', d.toString(), d.round({ largestUnit: 'hour' }).toString(), d.total('minute'));
  const elapsed = epoch.until(clock, { largestUnit: 'hour' });
  console.log('elapsed', elapsed.toString());
  const start = epoch.toZonedDateTimeISO('America/New_York');
  const end = clock.toZonedDateTimeISO('America/New_York');
  console.log('wall clock', start.toPlainTime().toString(), '->', end.toPlainTime().toString(), 'same day', start.toPlainDate().equals(end.toPlainDate()));
  console.log('wall difference', start.toPlainDateTime().until(end.toPlainDateTime()).toString());
  const results = await Promise.all(['PT0.003S', 'PT0.001S', 'PT0.002S'].map(async (s, i) => {
    await sleep(Temporal.Duration.from(s).total('millisecond') * 5);
    return `${i}:${s}`;
  }));
  console.log(results.join(' '));
  const ordered = [];
  await Promise.all(['PT0.030S', 'PT0.010S', 'PT0.020S'].map(async (s) => {
    await sleep(Temporal.Duration.from(s).total('millisecond'));
    ordered.push(s);
  }));
  console.log(ordered.join(' '));
}
main().then(() => console.log('done'));
