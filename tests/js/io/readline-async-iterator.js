// for await over an interface: lines emitted before the first next() are buffered, the iterator is the same object each time, done after close
const { Readable, PassThrough } = require('stream');
const readline = require('readline');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\n', 'c\nd']) });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log('lines', lines);

  // Lines that arrive in one chunk while the loop body awaits are queued, not lost.
  const pt = new PassThrough();
  const rl2 = readline.createInterface({ input: pt });
  const it = rl2[Symbol.asyncIterator]();
  console.log('same iterator', it === rl2[Symbol.asyncIterator](), 'self', it[Symbol.asyncIterator]() === it);
  pt.write('1\n2\n3\n');
  pt.end('4\n');
  const got = [];
  for await (const line of it) {
    got.push(line);
    await new Promise((r) => setTimeout(r, 1));
  }
  console.log('got', got, 'closed', rl2.closed);
  console.log('next after done', JSON.stringify(await it.next()));

  // Manual next() calls before any data.
  const pt3 = new PassThrough();
  const rl3 = readline.createInterface({ input: pt3 });
  const it3 = rl3[Symbol.asyncIterator]();
  const p1 = it3.next();
  const p2 = it3.next();
  pt3.write('x\ny\n');
  console.log(JSON.stringify(await p1), JSON.stringify(await p2));
  rl3.close();
  console.log('after close', JSON.stringify(await it3.next()));
})();
