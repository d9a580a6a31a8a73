// fs.watch on inotify: change and rename events with file names, fs.promises.watch as an async iterator ended by an AbortSignal, and a recursive watch that sees a file in a directory created after it started.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-w-'));
const events = [];
const w = fs.watch(dir, (type, name) => events.push(`${type} ${name}`));
setTimeout(() => fs.writeFileSync(path.join(dir, 'a.txt'), 'x'), 50);
setTimeout(() => fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt')), 100);
setTimeout(() => {
  w.close();
  console.log([...new Set(events)].sort().join('\n'));
  (async () => {
    const ac = new AbortController();
    const it = fs.promises.watch(dir, { signal: ac.signal });
    setTimeout(() => fs.writeFileSync(path.join(dir, 'c.txt'), 'y'), 50);
    for await (const e of it) { console.log('promises.watch', e.eventType, e.filename); ac.abort(); }
  })().catch((e) => console.log('ended', e.name)).finally(() => {
    const r = fs.watch(dir, { recursive: true });
    const seen = new Set();
    r.on('change', (t, n) => seen.add(n));
    fs.mkdirSync(path.join(dir, 'sub'));
    setTimeout(() => fs.writeFileSync(path.join(dir, 'sub', 'd.txt'), 'z'), 100);
    setTimeout(() => { r.close(); console.log('recursive saw sub/d.txt:', seen.has('sub/d.txt')); fs.rmSync(dir, { recursive: true }); }, 300);
  });
}, 200);
