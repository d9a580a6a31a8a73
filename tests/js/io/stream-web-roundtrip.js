// Readable/Writable/Duplex fromWeb and toWeb: bytes and objects through the adapters, a web stream error destroying the Node stream, cancel destroying the Node stream, and a Node -> web -> Node round trip.
const { Readable, Writable, Duplex } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('web '));
      c.enqueue(new TextEncoder().encode('bytes'));
      c.close();
    },
  });
  const nodeR = Readable.fromWeb(rs);
  const parts = [];
  for await (const chunk of nodeR) parts.push(Buffer.from(chunk).toString());
  log('fromWeb', JSON.stringify(parts));

  const objs = Readable.fromWeb(new ReadableStream({
    start(c) { c.enqueue({ n: 1 }); c.enqueue({ n: 2 }); c.close(); },
  }), { objectMode: true });
  log('fromWeb objects', JSON.stringify(await objs.toArray()));

  const enc = Readable.fromWeb(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([0xe2, 0x82])); c.enqueue(new Uint8Array([0xac])); c.close(); },
  }), { encoding: 'utf8' });
  log('fromWeb encoding', JSON.stringify(await enc.toArray()));

  const failing = Readable.fromWeb(new ReadableStream({
    pull(c) { c.error(new Error('web source failed')); },
  }));
  try {
    for await (const c of failing) log('unexpected', c);
  } catch (e) {
    log('fromWeb error', e.message, 'destroyed', failing.destroyed);
  }

  const toWeb = Readable.toWeb(Readable.from(['n1', 'n2'], { objectMode: false }));
  const reader = toWeb.getReader();
  const got = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got.push(`${value.constructor.name}:${Buffer.from(value).toString()}`);
  }
  log('toWeb', got.join(' '));

  const objWeb = Readable.toWeb(Readable.from([{ a: 1 }, { b: 2 }]));
  const objReader = objWeb.getReader();
  log('toWeb objects', JSON.stringify((await objReader.read()).value), JSON.stringify((await objReader.read()).value),
    (await objReader.read()).done);

  const src = new Readable({ read() {} });
  const web = Readable.toWeb(src);
  src.on('close', () => log('cancel -> node readable closed, destroyed', src.destroyed));
  await web.cancel('no thanks');

  const written = [];
  const ws = new WritableStream({
    write(chunk) { written.push(Buffer.from(chunk).toString()); },
    close() { written.push('<closed>'); },
  });
  const nodeW = Writable.fromWeb(ws);
  nodeW.write('hello ');
  nodeW.write(Buffer.from('web'));
  await new Promise((resolve) => nodeW.end(resolve));
  log('Writable.fromWeb', JSON.stringify(written));

  const sunk = [];
  const nodeSink = new Writable({ write(c, e, cb) { sunk.push(String(c)); cb(); } });
  const webW = Writable.toWeb(nodeSink);
  const writer = webW.getWriter();
  await writer.write(new TextEncoder().encode('to'));
  await writer.write(new TextEncoder().encode('Web'));
  await writer.close();
  log('Writable.toWeb', sunk.join(''), 'finished', nodeSink.writableFinished);

  const echo = new Duplex({
    read() {},
    write(chunk, enc, cb) { this.push(String(chunk).toUpperCase()); cb(); },
    final(cb) { this.push(null); cb(); },
  });
  const pair = Duplex.toWeb(echo);
  const pw = pair.writable.getWriter();
  pw.write(new TextEncoder().encode('duplex'));
  pw.close();
  const pr = pair.readable.getReader();
  const first = await pr.read();
  log('Duplex.toWeb', Buffer.from(first.value).toString(), (await pr.read()).done);

  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(new TextEncoder().encode(`<${new TextDecoder().decode(chunk)}>`)); },
  });
  const dup = Duplex.fromWeb(ts);
  dup.end('through transform');
  const back = [];
  for await (const c of dup) back.push(Buffer.from(c).toString());
  log('Duplex.fromWeb', back.join(''));

  for (const bad of [() => Readable.fromWeb({}), () => Writable.fromWeb(null), () => Readable.toWeb({}),
    () => Duplex.fromWeb({ readable: 1 })]) {
    try {
      bad();
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
}

main();
