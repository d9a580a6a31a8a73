// fs.watch and fsPromises.watch: the first event for a created file ('rename' with its name), close/'close', AbortSignal, ENOENT for a missing path
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');

try {
  fs.watch(path.join(dir, 'missing'));
} catch (e) {
  console.log('missing', e.code, e.syscall, clean(e.message), clean(e.filename));
}
try {
  fs.watch(dir, 5);
} catch (e) {
  console.log('bad options', e.code, e.message);
}

const watcher = fs.watch(dir, (eventType, filename) => {
  if (watcher.seen) return;
  watcher.seen = true;
  console.log('listener', eventType, filename);
  watcher.close();
  watcher.close();
});
console.log('watcher', watcher.constructor.name, watcher instanceof require('events'), typeof watcher.ref, typeof watcher.unref);
watcher.on('close', () => {
  console.log('close event');
  promises();
});
fs.writeFileSync(path.join(dir, 'created.txt'), 'x');

async function promises() {
  const sub = path.join(dir, 'sub');
  fs.mkdirSync(sub);
  const ac = new AbortController();
  const events = fsp.watch(sub, { signal: ac.signal });
  const timer = setTimeout(() => fs.writeFileSync(path.join(sub, 'second.txt'), 'y'), 50);
  try {
    for await (const { eventType, filename } of events) {
      console.log('promise event', eventType, filename);
      clearTimeout(timer);
      ac.abort();
    }
  } catch (e) {
    console.log('aborted', e.name, e.code);
  }
  const pre = new AbortController();
  pre.abort();
  try {
    for await (const ev of fsp.watch(dir, { signal: pre.signal })) console.log('never', ev);
  } catch (e) {
    console.log('pre-aborted', e.name);
  }
  try {
    for await (const ev of fsp.watch(dir, { recursive: 'yes' })) console.log('never', ev);
  } catch (e) {
    console.log('bad recursive', e.code);
  }
  const signalled = new AbortController();
  const w = fs.watch(dir, { signal: signalled.signal });
  w.on('close', () => {
    console.log('closed by signal');
    fs.rmSync(dir, { recursive: true });
  });
  signalled.abort();
}
