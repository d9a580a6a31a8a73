// for await over a Readable: chunks in order, an 'error' rejects the loop with that error, a premature destroy() ends it with ERR_STREAM_PREMATURE_CLOSE, break destroys unless iterator({ destroyOnReturn: false }), and the iterator of a stream with setEncoding.
const { Readable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const a = new Readable({ read() {} });
  a.push('1');
  a.push('2');
  a.push(null);
  for await (const c of a) log('a chunk', String(c));
  log('a destroyed after loop', a.destroyed);

  const b = new Readable({ read() {} });
  setTimeout(() => {
    b.push('ok');
    b.destroy(new Error('mid-stream failure'));
  }, 1);
  try {
    for await (const c of b) log('b chunk', String(c));
  } catch (e) {
    log('b caught', e.message);
  }

  const c = new Readable({ read() {} });
  setTimeout(() => c.destroy(), 1);
  try {
    for await (const x of c) log('c chunk', x);
    log('c loop ended normally');
  } catch (e) {
    log('c caught', e.code);
  }

  const d = new PassThrough({ objectMode: true });
  d.write(1);
  d.write(2);
  d.write(3);
  d.end();
  for await (const v of d.iterator({ destroyOnReturn: false })) {
    log('d first', v);
    break;
  }
  log('d destroyed', d.destroyed, 'remaining', d.readableLength);
  for await (const v of d) log('d rest', v);

  const e = new Readable({ read() {} });
  e.setEncoding('utf8');
  e.push(Buffer.from([0xe2, 0x82]));
  e.push(Buffer.from([0xac, 0x21]));
  e.push(null);
  const parts = [];
  for await (const s of e) parts.push(s);
  log('e', JSON.stringify(parts));

  const f = new Readable({ read() {} });
  const it = f[Symbol.asyncIterator]();
  log('iterator.stream is f', it.stream === f);
  const pending = it.next();
  f.push('late');
  log('f next', JSON.stringify(await pending, (k, v) => (v && v.type === 'Buffer' ? String(Buffer.from(v.data)) : v)));
  await it.return();
  log('f destroyed after return', f.destroyed);

  try {
    new Readable({ read() {} }).iterator(5);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

main();
