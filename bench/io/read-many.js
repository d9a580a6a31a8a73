// Reads N files of 64 KiB concurrently: Promise.all(files.map((f) => readFile(f))).
// Prints `bench read-many ms=… files_per_s=… mb_per_s=… ok=1` (the timed phase is the
// reads; writing the files first is setup).
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const n = Number(process.argv[2] || 2000);
const size = 64 * 1024;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-bench-'));
  try {
    const block = Buffer.alloc(size, 'x');
    const files = [];
    for (let i = 0; i < n; i++) {
      const f = path.join(dir, `f${i}`);
      fs.writeFileSync(f, block);
      files.push(f);
    }
    const t0 = performance.now();
    const contents = await Promise.all(files.map((f) => fsp.readFile(f)));
    const ms = performance.now() - t0;
    const ok = contents.length === n && contents.every((c) => c.length === size) ? 1 : 0;
    console.log(`bench read-many ms=${ms.toFixed(1)} files_per_s=${Math.round(n / (ms / 1000))} ` +
      `mb_per_s=${((n * size) / (1 << 20) / (ms / 1000)).toFixed(1)} ok=${ok}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
