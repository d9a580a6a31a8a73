// a large generated file (100 000 lines) read with for await: every line in order, none lost or split, sums match
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'big.txt');
const N = 100000;
const parts = [];
for (let i = 0; i < N; i++) parts.push(`${i},${(i * 7919) % 1000},line-${i % 3 === 0 ? 'é' : 'x'}`);
fs.writeFileSync(file, parts.join('\n') + '\n');

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let count = 0;
  let sum = 0;
  let inOrder = true;
  let accented = 0;
  let first;
  let last;
  for await (const line of rl) {
    const [idx, val, tag] = line.split(',');
    if (Number(idx) !== count) inOrder = false;
    sum += Number(val);
    if (tag.endsWith('é')) accented++;
    if (count === 0) first = line;
    last = line;
    count++;
  }
  console.log('count', count, 'in order', inOrder);
  console.log('sum', sum, 'accented', accented);
  console.log('first', first, 'last', last);
  console.log('closed', rl.closed);
  fs.rmSync(dir, { recursive: true });
})();
