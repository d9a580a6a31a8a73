// a file whose last line has no newline: the last line is still emitted ('line' then 'close'), with events and for await
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
fs.writeFileSync(a, 'first\nsecond\nthird without newline');
fs.writeFileSync(b, 'only line');

function viaEvents(file) {
  return new Promise((resolve) => {
    const log = [];
    const rl = readline.createInterface({ input: fs.createReadStream(file) });
    rl.on('line', (l) => log.push(`line ${JSON.stringify(l)}`));
    rl.on('close', () => {
      log.push('close');
      resolve(log);
    });
  });
}

async function viaIterator(file) {
  const out = [];
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 4 }) });
  for await (const l of rl) out.push(l);
  return out;
}

(async () => {
  console.log(await viaEvents(a));
  console.log(await viaEvents(b));
  console.log(await viaIterator(a));
  console.log(await viaIterator(b));
  fs.rmSync(dir, { recursive: true });
})();
