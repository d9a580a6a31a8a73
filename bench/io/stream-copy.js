// Copies an N MiB file through createReadStream -> Transform (upper-casing each chunk) ->
// createWriteStream with stream/promises pipeline. Prints `bench stream-copy ms=… mb_per_s=…
// ok=1`; the file is written first (setup) in 1 MiB pieces so that setup does not raise
// the peak RSS either.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');

const mib = Number(process.argv[2] || 200);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-bench-'));
  try {
    const src = path.join(dir, 'src');
    const dst = path.join(dir, 'dst');
    const piece = Buffer.alloc(1 << 20, 'abcdefgh');
    const fd = fs.openSync(src, 'w');
    for (let i = 0; i < mib; i++) fs.writeSync(fd, piece);
    fs.closeSync(fd);
    let bytes = 0;
    const upper = new Transform({
      transform(chunk, _encoding, callback) {
        bytes += chunk.length;
        callback(null, Buffer.from(chunk.toString('latin1').toUpperCase(), 'latin1'));
      },
    });
    const t0 = performance.now();
    await pipeline(fs.createReadStream(src), upper, fs.createWriteStream(dst));
    const ms = performance.now() - t0;
    const ok = bytes === mib << 20 && fs.statSync(dst).size === mib << 20 ? 1 : 0;
    console.log(`bench stream-copy ms=${ms.toFixed(1)} mb_per_s=${(mib / (ms / 1000)).toFixed(1)} ok=${ok}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
