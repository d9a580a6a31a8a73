// `wc`, the async way: counts the lines, words and bytes of a file by reading it line by line
// with `for await` over readline, while the event loop stays free for other work.
//
//   spindle examples/io/wc-lines.js FILE     count FILE
//   spindle examples/io/wc-lines.js          count a generated 100 000-line sample
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

async function wc(file) {
  const input = fs.createReadStream(file);
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let words = 0;
  for await (const line of rl) {
    lines++;
    const trimmed = line.trim();
    if (trimmed) words += trimmed.split(/\s+/).length;
  }
  return { lines, words, bytes: input.bytesRead };
}

// A sample with lines of varying length, some empty, and non-ASCII words.
function writeSample(file, count) {
  const out = fs.openSync(file, 'w');
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += i % 10 === 0 ? '\n' : `line ${i} ${'wörd '.repeat(i % 7)}end\n`;
    if (chunk.length > 1 << 16) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

async function main() {
  let file = process.argv[2];
  let dir;
  if (!file) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wc-'));
    file = path.join(dir, 'sample.txt');
    writeSample(file, 100_000);
  }
  try {
    const { lines, words, bytes } = await wc(file);
    console.log(`${lines} lines, ${words} words, ${bytes} bytes`);
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true });
  }
}

main();
