// A concurrent directory walker with a concurrency limit: at most LIMIT directory reads and
// stats are in flight at once (a small semaphore made of promises), however wide the tree.
//
//   spindle examples/io/walk-dir.js DIR      walk DIR
//   spindle examples/io/walk-dir.js          walk a generated sample tree
const fs = require('fs/promises');
const { mkdtempSync, rmSync, mkdirSync, writeFileSync } = require('fs');
const os = require('os');
const path = require('path');

const LIMIT = 8;

// Runs `task` when fewer than `limit` tasks are running; resolves with its result.
function limiter(limit) {
  let running = 0;
  let maxRunning = 0;
  const waiting = [];
  const next = () => {
    if (running >= limit || waiting.length === 0) return;
    const { task, resolve, reject } = waiting.shift();
    running++;
    maxRunning = Math.max(maxRunning, running);
    task().then(resolve, reject).finally(() => {
      running--;
      next();
    });
  };
  const run = (task) => new Promise((resolve, reject) => {
    waiting.push({ task, resolve, reject });
    next();
  });
  run.maxRunning = () => maxRunning;
  return run;
}

async function walk(root) {
  const run = limiter(LIMIT);
  const files = [];
  let bytes = 0;
  async function visit(dir) {
    const entries = await run(() => fs.readdir(dir, { withFileTypes: true }));
    await Promise.all(entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return visit(full);
      const stat = await run(() => fs.stat(full));
      files.push(path.relative(root, full));
      bytes += stat.size;
    }));
  }
  await visit(root);
  return { files: files.sort(), bytes, maxRunning: run.maxRunning() };
}

// 5 directories of 6 subdirectories of 4 files each.
function makeSample(root) {
  for (let a = 0; a < 5; a++) {
    for (let b = 0; b < 6; b++) {
      const dir = path.join(root, `d${a}`, `s${b}`);
      mkdirSync(dir, { recursive: true });
      for (let c = 0; c < 4; c++) writeFileSync(path.join(dir, `f${c}.txt`), 'x'.repeat(a * 100 + b * 10 + c));
    }
  }
}

async function main() {
  let root = process.argv[2];
  let sample;
  if (!root) {
    sample = root = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
    makeSample(root);
  }
  try {
    const { files, bytes, maxRunning } = await walk(root);
    console.log(`${files.length} files, ${bytes} bytes, at most ${maxRunning} operations at once (limit ${LIMIT})`);
    console.log('first:', files.slice(0, 3).join(', '));
    console.log('last:', files.slice(-3).join(', '));
  } finally {
    if (sample) rmSync(sample, { recursive: true });
  }
}

main();
