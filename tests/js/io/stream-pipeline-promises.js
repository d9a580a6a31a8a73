// stream/promises pipeline: an async generator transform, the resolved value of a final async function, an error thrown mid-way rejecting the promise and destroying the streams, the { end: false } option, and finished().
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const out = [];
  await pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (source) {
      for await (const chunk of source) {
        yield chunk + chunk;
      }
    },
    new Writable({
      objectMode: true,
      write(chunk, enc, cb) {
        out.push(chunk);
        cb();
      },
    }),
  );
  log('doubled', out.join(','));

  const total = await pipeline(
    Readable.from([5, 6, 7]),
    async function* (source) {
      for await (const n of source) yield n * 10;
    },
    async function (source) {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    },
  );
  log('sum', total);

  const src = Readable.from(['x', 'y', 'z', 'w']);
  const sink = new PassThrough({ objectMode: true });
  sink.resume();
  try {
    await pipeline(
      src,
      async function* (source) {
        for await (const chunk of source) {
          if (chunk === 'z') throw new Error('failed at ' + chunk);
          log('passing', chunk);
          yield chunk;
        }
      },
      sink,
    );
  } catch (e) {
    log('rejected:', e.message, 'src destroyed', src.destroyed, 'sink destroyed', sink.destroyed);
  }

  const keep = new PassThrough();
  await pipeline(Readable.from(['kept']), keep, { end: false });
  log('end:false ->', keep.writableEnded, String(keep.read()));

  const f = new PassThrough();
  f.end('done');
  f.resume();
  await finished(f);
  log('finished resolved');

  const broken = new PassThrough();
  setTimeout(() => broken.destroy(), 1);
  try {
    await finished(broken);
  } catch (e) {
    log('finished rejected:', e.code);
  }
}

main().then(() => log('main done'));
