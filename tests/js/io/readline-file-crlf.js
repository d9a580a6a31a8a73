// CRLF and mixed line endings in a real file, read in chunks of many sizes so \r and \n fall into different chunks
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const crlf = path.join(dir, 'crlf.txt');
const mixed = path.join(dir, 'mixed.txt');
fs.writeFileSync(crlf, 'alpha\r\nbeta\r\n\r\ngamma\r\ndelta\r\n');
fs.writeFileSync(mixed, 'unix\nwindows\r\nold mac\rtwo\r\r\nend\r');

async function lines(file, highWaterMark) {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark }), crlfDelay: Infinity });
  const out = [];
  for await (const l of rl) out.push(l);
  return JSON.stringify(out);
}

(async () => {
  for (const file of [crlf, mixed]) {
    const results = new Set();
    for (let hwm = 1; hwm <= 12; hwm++) results.add(await lines(file, hwm));
    results.add(await lines(file, 65536));
    console.log(path.basename(file), results.size, [...results][0]);
  }
  fs.rmSync(dir, { recursive: true });
})();
