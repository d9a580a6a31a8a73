// Option validation with Node's messages: level, windowBits (per mode), memLevel, strategy, chunkSize, flush, finishFlush, dictionary, params(), and non-buffer inputs
const zlib = require('zlib');
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const options = [
  { level: 10 }, { level: -2 }, { level: '1' }, { level: Infinity }, { level: null }, { level: NaN }, { level: 1.5 },
  { windowBits: 7 }, { windowBits: 16 }, { windowBits: 0 }, { windowBits: 8 }, { windowBits: 'x' }, { windowBits: null },
  { memLevel: 0 }, { memLevel: 10 }, { strategy: -1 }, { strategy: 5 },
  { chunkSize: 63 }, { chunkSize: 64 }, { chunkSize: 'x' }, { chunkSize: -Infinity },
  { flush: 6 }, { flush: -1 }, { finishFlush: 6 }, { finishFlush: 'x' },
  { dictionary: 'x' }, { dictionary: 5 }, { dictionary: null }, { dictionary: new Uint8Array(2) },
];
for (const factory of ['createDeflate', 'createGzip', 'createDeflateRaw', 'createInflate', 'createGunzip', 'createInflateRaw', 'createUnzip']) {
  console.log(factory);
  for (const opts of options) attempt(`  ${JSON.stringify(opts, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof Uint8Array ? 'Uint8Array' : v))}`, () => zlib[factory]({ ...opts }));
}
const raw = { windowBits: 8 };
zlib.createDeflateRaw(raw);
console.log('deflateRaw rewrites windowBits 8 to', raw.windowBits);
for (const input of [1, undefined, null, {}, [1], true]) {
  attempt(`gzipSync(${JSON.stringify(input)})`, () => zlib.gzipSync(input));
}
attempt('params level 10', () => zlib.createDeflate().params(10, 0));
attempt('params strategy string', () => zlib.createDeflate().params(1, 'x'));
attempt('params unchanged without callback', () => zlib.createDeflate().params(-1, 0));
attempt('reset after close', () => { const g = zlib.createGzip(); g.close(); g.reset(); });
