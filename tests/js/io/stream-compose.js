// stream.compose and readable.compose: several streams and async generator functions combined into one Duplex that is written at the head and read at the tail, errors propagated, and argument checks.
const { compose, Readable, Transform, PassThrough, Writable } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const d = compose(
    upper,
    async function* (source) {
      for await (const chunk of source) yield `[${chunk}]`;
    },
  );
  log('composed is Duplex', typeof d.write === 'function', typeof d.read === 'function');
  const out = [];
  d.on('data', (c) => out.push(String(c)));
  d.on('end', () => log('composed end', out.join('')));
  d.write('ab');
  d.write('cd');
  d.end();
  await new Promise((resolve) => d.on('close', resolve));
  log('composed closed');

  const viaMethod = await Readable.from(['x', 'y']).compose(async function* (source) {
    for await (const c of source) yield c + '!';
  }).toArray();
  log('readable.compose', viaMethod.join(','));

  const single = compose(async function* (source) {
    for await (const c of source) yield String(c).length;
  });
  single.end('12345');
  log('single function', (await single.toArray()).join(','));

  const failing = compose(
    new PassThrough(),
    async function* (source) {
      for await (const c of source) {
        throw new Error('compose step failed on ' + c);
      }
    },
  );
  failing.on('error', (e) => log('composed error', e.message));
  failing.on('close', () => log('failing closed'));
  failing.resume();
  failing.write('z');
  await new Promise((resolve) => setTimeout(resolve, 10));

  try {
    compose();
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough());
  } catch (e) {
    log(e.name, e.code, e.message.split('.')[0]);
  }
}

main();
