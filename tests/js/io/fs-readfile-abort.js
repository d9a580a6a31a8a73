// readFile/writeFile with an AbortSignal: already aborted, aborted right after the call, and a reason as cause
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'content');
const fmt = (e) => `${e.name} ${e.code} ${e.message} cause=${e.cause === undefined ? 'none' : e.cause.name || e.cause}`;

function cb(label) {
  return new Promise((resolve) => {
    const ac = new AbortController();
    if (label === 'pre') ac.abort();
    fs.readFile(file, { signal: ac.signal, encoding: 'utf8' }, (err, data) => {
      console.log('callback', label, err ? fmt(err) : data);
      resolve();
    });
    if (label === 'post') ac.abort('stop');
  });
}

(async () => {
  await cb('pre');
  await cb('post');
  await cb('never');

  let ac = new AbortController();
  ac.abort();
  await fsp.readFile(file, { signal: ac.signal }).then(
    (d) => console.log('promise pre', String(d)), (e) => console.log('promise pre', fmt(e)));

  ac = new AbortController();
  const p = fsp.readFile(file, { signal: ac.signal, encoding: 'utf8' });
  ac.abort(new Error('why'));
  await p.then((d) => console.log('promise post', d), (e) => console.log('promise post', fmt(e), e.cause.message));

  ac = new AbortController();
  ac.abort();
  await fsp.writeFile(path.join(dir, 'w.txt'), 'x', { signal: ac.signal }).then(
    () => console.log('write pre ok'), (e) => console.log('write pre', fmt(e)));
  console.log('created', fs.existsSync(path.join(dir, 'w.txt')));

  await new Promise((resolve) => {
    const c = new AbortController();
    c.abort();
    fs.writeFile(path.join(dir, 'w2.txt'), 'x', { signal: c.signal }, (err) => {
      console.log('write cb pre', err && fmt(err));
      resolve();
    });
  });
  console.log('created', fs.existsSync(path.join(dir, 'w2.txt')));

  try {
    fs.readFile(file, { signal: {} }, () => {});
  } catch (e) {
    console.log('bad signal', e.code, e.message);
  }
  fs.rmSync(dir, { recursive: true });
})();
