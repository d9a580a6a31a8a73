// Shared helpers for bench/workers/*.js (loaded with require from the main thread only).
// Every script prints one or more lines `bench <row> key=value ...` that run.py parses.

// Peak RSS of this process in KiB: /proc/self/status VmHWM when `fs` is there, else the
// current RSS from process.memoryUsage() (a lower bound of the peak). run.py prefers GNU
// time's %M, measured from outside, when /usr/bin/time exists.
function peakRssKb() {
  try {
    const status = require('fs').readFileSync('/proc/self/status', 'utf8');
    const m = /VmHWM:\s*(\d+)/.exec(status);
    if (m) return { rss_kb: Number(m[1]), rss_src: 'vmhwm' };
  } catch (e) { /* no fs (Spindle today): fall through */ }
  return { rss_kb: Math.round(process.memoryUsage().rss / 1024), rss_src: 'current' };
}

function report(row, fields) {
  const parts = Object.entries(fields).map(([k, v]) =>
    `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : v}`);
  console.log(`bench ${row} ${parts.join(' ')}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The backpressure scripts' consumer: reads `n` items `{ i }` from `iterable`, 1 ms each
// for the first `slow`, then as fast as it can, watching the producer's count in
// `produced[0]` to find the lead (produced - consumed) at every read.
async function consumeWatchingLead(iterable, produced, n, slow) {
  const t0 = performance.now();
  let consumed = 0, sum = 0, maxLead = 0, maxLeadSlow = 0, tSlow = 0;
  for await (const item of iterable) {
    consumed++;
    sum += item.i;
    const lead = Atomics.load(produced, 0) - consumed;
    if (lead > maxLead) maxLead = lead;
    if (consumed <= slow) {
      if (lead > maxLeadSlow) maxLeadSlow = lead;
      await sleep(1);
      if (consumed === slow) tSlow = performance.now();
    }
  }
  const t1 = performance.now();
  const fast = n - Math.min(n, slow);
  return {
    items: consumed,
    ok: consumed === n && sum === (n * (n - 1)) / 2 ? 1 : 0,
    max_lead: maxLead,
    max_lead_slow_phase: maxLeadSlow,
    ms: t1 - t0,
    fast_items_per_s: fast ? Math.round(fast / ((t1 - (tSlow || t0)) / 1000)) : 0,
  };
}

module.exports = { consumeWatchingLead, peakRssKb, report, sleep };
