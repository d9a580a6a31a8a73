// FileHandle.readLines: for await over lines with \n, \r\n and lone \r endings, a final line without newline, 'line'/'close' events, start/end options
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'lines.txt');

(async () => {
  fs.writeFileSync(file, 'first\nsecond\r\nthird\rfourth\n\nsixth without newline');
  let fh = await fsp.open(file);
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log('lines', JSON.stringify(lines));
  console.log('handle closed by the stream', fh.fd);

  fs.writeFileSync(file, 'a\nb\n');
  fh = await fsp.open(file);
  const seen = [];
  await new Promise((resolve) => {
    const rl = fh.readLines();
    rl.on('line', (l) => seen.push(l));
    rl.on('close', resolve);
  });
  console.log('events', JSON.stringify(seen));

  fs.writeFileSync(file, '');
  fh = await fsp.open(file);
  const none = [];
  for await (const line of fh.readLines()) none.push(line);
  console.log('empty file', none.length);

  fs.writeFileSync(file, 'héllo\nwörld\n');
  fh = await fsp.open(file);
  const utf = [];
  for await (const line of fh.readLines({ start: 1 })) utf.push(line);
  console.log('start option', JSON.stringify(utf));

  fs.writeFileSync(file, 'x'.repeat(70000) + '\nshort\n');
  fh = await fsp.open(file);
  const long = [];
  for await (const line of fh.readLines()) long.push(line.length);
  console.log('long line across chunks', long.join(','));

  fs.writeFileSync(file, 'one\ntwo\nthree\n');
  fh = await fsp.open(file);
  for await (const line of fh.readLines({ end: 5 })) console.log('end option', line);
  fs.rmSync(dir, { recursive: true });
})();
