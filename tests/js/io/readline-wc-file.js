// the `wc` pattern: count lines, words and bytes of a real file with for await over readline + fs.createReadStream
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'poem.txt');
const text = [
  'The quick brown fox',
  '  jumps over   the lazy dog  ',
  '',
  'naïve café — déjà vu',
  '日本語 の テキスト',
  'emoji 😀 😀 end',
  '\tindented\twith\ttabs',
  '',
].join('\n');
fs.writeFileSync(file, text);

async function wc(name) {
  const rl = readline.createInterface({ input: fs.createReadStream(name), crlfDelay: Infinity });
  let lines = 0;
  let words = 0;
  let chars = 0;
  let longest = '';
  for await (const line of rl) {
    lines++;
    const w = line.split(/\s+/).filter(Boolean);
    words += w.length;
    chars += [...line].length;
    if (line.length > longest.length) longest = line;
  }
  return { lines, words, chars, longest };
}

(async () => {
  const r = await wc(file);
  console.log('lines', r.lines, 'words', r.words, 'chars', r.chars);
  console.log('bytes', fs.statSync(file).size);
  console.log('longest', JSON.stringify(r.longest));
  console.log('split check', r.lines === text.split('\n').length - 1);
  fs.rmSync(dir, { recursive: true });
  console.log('removed', fs.existsSync(dir));
})();
