// AbortSignal with streams: addAbortSignal destroys with an AbortError whose cause is the reason, the signal option of constructors, an already-aborted signal, pipeline's signal option rejecting with AbortError, finished with a signal, and argument errors.
const { addAbortSignal, Readable, Writable, PassThrough, pipeline } = require('stream');
const promises = require('stream/promises');

const log = (...a) => console.log(...a);

async function main() {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('r error', e.name, e.code, e.message, 'cause', e.cause));
  r.on('close', () => log('r close'));
  ac.abort('stop please');
  log('r destroyed sync', r.destroyed);
  await new Promise((resolve) => setTimeout(resolve, 5));

  const ac2 = new AbortController();
  const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('w error', e.name, e.cause && e.cause.name));
  w.on('close', () => log('w close'));
  ac2.abort();
  await new Promise((resolve) => setTimeout(resolve, 5));

  const pre = AbortSignal.abort(new Error('was aborted'));
  const p = new PassThrough({ signal: pre });
  log('pre-aborted destroyed at once', p.destroyed);
  p.on('error', (e) => log('p error', e.name, e.cause.message));
  await new Promise((resolve) => setTimeout(resolve, 5));

  const ac3 = new AbortController();
  const slow = new Readable({ read() {} });
  slow.push('a');
  const sink = new Writable({ write(c, e, cb) { log('sink got', String(c)); cb(); } });
  setTimeout(() => ac3.abort(), 5);
  try {
    await promises.pipeline(slow, sink, { signal: ac3.signal });
  } catch (e) {
    log('pipeline rejected', e.name, e.code, 'slow destroyed', slow.destroyed, 'sink destroyed', sink.destroyed);
  }

  const ac4 = new AbortController();
  const cbSrc = addAbortSignal(ac4.signal, new Readable({ read() {} }));
  pipeline(cbSrc, new PassThrough(), (err) => log('callback pipeline', err && err.name, err && err.code));
  ac4.abort();
  await new Promise((resolve) => setTimeout(resolve, 5));

  const ac5 = new AbortController();
  const f = new PassThrough();
  const done = promises.finished(f, { signal: ac5.signal });
  ac5.abort();
  try {
    await done;
  } catch (e) {
    log('finished rejected', e.name, 'stream destroyed', f.destroyed);
  }

  for (const args of [[{}, new PassThrough()], [new AbortController().signal, {}]]) {
    try {
      addAbortSignal(...args);
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }

  // A web stream: the controller is errored.
  const ac6 = new AbortController();
  const rs = new ReadableStream({ pull() {} });
  addAbortSignal(ac6.signal, rs);
  ac6.abort();
  try {
    await rs.getReader().read();
  } catch (e) {
    log('web stream errored', e.name);
  }
}

main();
