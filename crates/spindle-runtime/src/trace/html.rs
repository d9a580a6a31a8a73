//! The async timeline as one self-contained HTML page (`--trace-async=FILE.html`): the
//! Chrome trace JSON embedded, and a small viewer written for it (no network, no library)
//! that draws each thread's macrotasks and jobs, the await tracks of each function
//! activation, instant markers, and the flow arrows from a settlement to the job it queued,
//! with the details of what is under the pointer.

/// The page around `trace_json` (the output of `chrome::render`).
pub fn render(trace_json: &str) -> String {
    // `</` cannot close the script element from inside the JSON.
    let data = trace_json.replace("</", "<\\/");
    format!(
        "{HEAD}<script id=\"trace\" type=\"application/json\">{data}</script>\n<script>{VIEWER}</script>\n</body>\n</html>\n"
    )
}

const HEAD: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>spindle --trace-async</title>
<style>
  body { font: 13px system-ui, sans-serif; margin: 0; background: #fafafa; color: #222; }
  header { padding: 8px 12px; background: #263238; color: #eceff1; }
  header b { font-weight: 600; }
  #wrap { overflow: auto; }
  svg text { font: 11px system-ui, sans-serif; pointer-events: none; }
  .lane { fill: #fff; stroke: #e0e0e0; }
  .label { fill: #37474f; font-weight: 600; }
  #tip { position: fixed; display: none; max-width: 480px; padding: 6px 8px; background: #fffde7;
         border: 1px solid #bdb76b; border-radius: 3px; white-space: pre-wrap; font: 12px monospace; }
</style>
</head>
<body>
<header><b>spindle --trace-async</b> &mdash; macrotasks (blue), jobs (green), awaits (orange) and the flows from a settlement to the job it queued (red). The x axis is event order; add <code>#time</code> to the address for real time. Hover for details.</header>
<div id="wrap"><svg id="view" xmlns="http://www.w3.org/2000/svg"></svg></div>
<div id="tip"></div>
<script>
  // The page reports how it went on <body data-status>: "drawn" once the viewer has drawn
  // the timeline, "error: …" for the first script error (the rendering test reads this).
  window.addEventListener('error', (ev) => {
    if (!document.body.dataset.status || document.body.dataset.status === 'drawn')
      document.body.dataset.status = 'error: ' + ev.message;
  });
</script>
"##;

const VIEWER: &str = r##"
(function () {
  'use strict';
  const doc = JSON.parse(document.getElementById('trace').textContent);
  const events = doc.traceEvents.filter((e) => e.ph !== 'M');
  const names = {};
  for (const e of doc.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') names[e.tid] = e.args.name;
  const svg = document.getElementById('view');
  const tip = document.getElementById('tip');
  const NS = 'http://www.w3.org/2000/svg';
  // The x axis is event order by default (every job and event gets room, however short),
  // real time with #time in the address.
  const realTime = location.hash === '#time';
  const stamps = [...new Set(events.map((e) => e.ts))].sort((a, b) => a - b);
  const rank = new Map(stamps.map((t, i) => [t, i]));
  const t0 = stamps[0] || 0, t1 = (stamps[stamps.length - 1] || 0) + 1;
  const LEFT = 220, WIDTH = Math.max(900, Math.min(12000, stamps.length * 14)), ROW = 22;
  const x = (ts) => LEFT + (realTime ? (ts - t0) / (t1 - t0) : rank.get(ts) / Math.max(1, stamps.length - 1)) * WIDTH;
  // Lanes: per thread a slice lane and an instant lane, then one lane per await track.
  const lanes = [];
  const laneOf = {};
  const lane = (key, title) => {
    if (!(key in laneOf)) { laneOf[key] = lanes.length; lanes.push(title); }
    return laneOf[key];
  };
  const slices = [], marks = [], awaits = [], flowsOut = {}, flowsIn = {};
  const stacks = {};
  const open = {};
  for (const e of events) {
    const tname = names[e.tid] || ('thread ' + e.tid);
    if (e.ph === 'B') {
      (stacks[e.tid] = stacks[e.tid] || []).push(e);
    } else if (e.ph === 'E') {
      const b = (stacks[e.tid] || []).pop();
      if (b) slices.push({ lane: lane('s' + e.tid, tname), depth: (stacks[e.tid] || []).length, b, e });
    } else if (e.ph === 'i') {
      marks.push({ lane: lane('i' + e.tid, tname + ' · events'), e });
    } else if (e.ph === 'b') {
      open[e.id] = e;
    } else if (e.ph === 'e') {
      const b = open[e.id];
      if (b) { awaits.push({ lane: lane('a' + e.id, (b.args && b.args.function) || e.id), b, e }); delete open[e.id]; }
    } else if (e.ph === 's') {
      flowsOut[e.id] = e;
    } else if (e.ph === 'f') {
      flowsIn[e.id] = e;
    }
  }
  const height = 30 + lanes.length * ROW * 2;
  svg.setAttribute('width', LEFT + WIDTH + 40);
  svg.setAttribute('height', height);
  const el = (name, attrs, parent) => {
    const n = document.createElementNS(NS, name);
    for (const k in attrs) n.setAttribute(k, attrs[k]);
    (parent || svg).appendChild(n);
    return n;
  };
  const y = (l) => 20 + l * ROW * 2;
  lanes.forEach((title, l) => {
    el('rect', { class: 'lane', x: 0, y: y(l) - 4, width: LEFT + WIDTH + 40, height: ROW * 2 - 2 });
    el('text', { class: 'label', x: 6, y: y(l) + 12 }).textContent = title.length > 34 ? title.slice(0, 33) + '…' : title;
  });
  const hover = (node, text) => {
    node.addEventListener('mousemove', (ev) => {
      tip.textContent = text; tip.style.display = 'block';
      tip.style.left = (ev.clientX + 12) + 'px'; tip.style.top = (ev.clientY + 12) + 'px';
    });
    node.addEventListener('mouseleave', () => { tip.style.display = 'none'; });
  };
  const colour = { macrotask: '#90caf9', microtask: '#a5d6a7', await: '#ffcc80' };
  for (const s of slices) {
    const r = el('rect', { x: x(s.b.ts), y: y(s.lane) + s.depth * (ROW - 2), width: Math.max(2, x(s.e.ts) - x(s.b.ts)),
      height: ROW - 4, fill: colour[s.b.cat] || '#ccc', stroke: '#546e7a' });
    hover(r, s.b.name + '\n' + JSON.stringify(s.b.args || {}, null, 1));
    if (x(s.e.ts) - x(s.b.ts) > 60) el('text', { x: x(s.b.ts) + 3, y: y(s.lane) + s.depth * (ROW - 2) + 13 }).textContent = s.b.name;
  }
  for (const a of awaits) {
    const r = el('rect', { x: x(a.b.ts), y: y(a.lane) + 4, width: Math.max(2, x(a.e.ts) - x(a.b.ts)), height: ROW - 8,
      fill: colour.await, stroke: '#ef6c00' });
    hover(r, a.b.name + '\n' + JSON.stringify(a.b.args || {}, null, 1));
  }
  for (const m of marks) {
    const c = el('circle', { cx: x(m.e.ts), cy: y(m.lane) + 10, r: 4,
      fill: m.e.cat === 'promise' ? '#7e57c2' : m.e.cat === 'generator' ? '#26a69a' : '#ef6c00' });
    hover(c, m.e.name + '\n' + JSON.stringify(m.e.args || {}, null, 1));
  }
  el('defs', {}).innerHTML = '<marker id="arrow" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">' +
    '<path d="M0,0 L8,4 L0,8 z" fill="#d81b60"/></marker>';
  for (const id in flowsOut) {
    const s = flowsOut[id], f = flowsIn[id];
    if (!f) continue;
    const l1 = laneOf['s' + s.tid], l2 = laneOf['s' + f.tid];
    if (l1 === undefined || l2 === undefined) continue;
    const p = el('path', { d: `M${x(s.ts)},${y(l1) + ROW - 4} C${x(s.ts) + 20},${y(l1) + ROW + 10} ${x(f.ts) - 20},${y(l2) - 6} ${x(f.ts)},${y(l2)}`,
      fill: 'none', stroke: '#d81b60', 'stroke-width': 1.2, 'marker-end': 'url(#arrow)' });
    hover(p, 'flow ' + id + '\n' + JSON.stringify(s.args || {}, null, 1));
  }
  document.title = 'spindle --trace-async: ' + slices.length + ' slices, ' + awaits.length + ' awaits';
  if (!document.body.dataset.status) document.body.dataset.status = 'drawn';
})();
"##;
