// multi-byte UTF-8 characters split across fs read chunks (highWaterMark 1..7) are decoded whole by readline
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'utf8.txt');
const lines = ['héllo wörld', '€uro', '日本語テキスト', '😀🎉 party', 'ascii', 'mixé😀日'];
fs.writeFileSync(file, lines.join('\n'));

(async () => {
  for (let hwm = 1; hwm <= 7; hwm++) {
    const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: hwm }) });
    const got = [];
    for await (const l of rl) got.push(l);
    console.log(hwm, JSON.stringify(got) === JSON.stringify(lines) ? 'ok' : JSON.stringify(got));
  }
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 3 }) });
  const got = [];
  rl.on('line', (l) => got.push(`${l} (${l.length})`));
  rl.on('close', () => {
    console.log(got);
    fs.rmSync(dir, { recursive: true });
  });
})();
