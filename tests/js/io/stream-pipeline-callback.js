// stream.pipeline with a callback: success through a Transform, an error in the middle destroying every stream, a destination closing early (ERR_STREAM_PREMATURE_CLOSE), generator sources and transforms, argument errors.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

function collector(name, out) {
  return new Writable({
    write(chunk, enc, cb) {
      out.push(String(chunk));
      cb();
    },
  });
}

const steps = [
  () => {
    const out = [];
    const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    const ret = pipeline(Readable.from(['a', 'b', 'c']), upper, collector('ok', out), (err, val) => {
      log('ok done', err, val, out.join(''));
    });
    log('pipeline returns last stream', ret instanceof Writable);
  },
  () => {
    const src = new Readable({ read() {} });
    const mid = new Transform({
      transform(c, e, cb) {
        if (String(c) === 'bad') cb(new Error('bad chunk'));
        else cb(null, c);
      },
    });
    const dst = new PassThrough();
    dst.resume();
    for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
      s.on('close', () => log(n, 'close, destroyed', s.destroyed));
      s.on('error', (e) => log(n, 'error event', e.message));
    }
    pipeline(src, mid, dst, (err) => log('error done:', err && err.message));
    src.push('good');
    src.push('bad');
  },
  () => {
    const src = new Readable({ read() {} });
    const dst = new Writable({ write(c, e, cb) { cb(); } });
    pipeline(src, dst, (err) => log('premature:', err && err.code, err && err.message, 'src destroyed', src.destroyed));
    src.push('x');
    setTimeout(() => dst.destroy(), 1);
  },
  () => {
    const out = [];
    pipeline(
      function* () { yield 'g1'; yield 'g2'; },
      async function* (source) {
        for await (const chunk of source) yield `<${chunk}>`;
      },
      collector('gen', out),
      (err) => log('generators done', err, out.join(' ')),
    );
  },
  () => {
    pipeline(
      Readable.from([1, 2, 3]),
      async function (source) {
        let sum = 0;
        for await (const n of source) sum += n;
        return sum;
      },
      (err, value) => log('final async function value', err, value),
    );
  },
  () => {
    try {
      pipeline(new PassThrough(), () => {});
    } catch (e) {
      log(e.name, e.code, e.message);
    }
    try {
      pipeline(new PassThrough(), new PassThrough());
    } catch (e) {
      log(e.name, e.code, e.message);
    }
    try {
      pipeline(() => 42, new PassThrough(), () => {});
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  },
  () => {
    pipeline([Readable.from(['arr']), collector('arr', [])], (err) => log('array form done', err));
  },
];

let i = 0;
function next() {
  if (i < steps.length) {
    log('--- step', i);
    steps[i++]();
    setTimeout(next, 20);
  }
}
next();
