// \r and \n arriving in different chunks count as one \r\n (crlfDelay), also \r\r\n and \r at the very end
const { Readable, PassThrough } = require('stream');
const readline = require('readline');

const cases = [
  ['a\r', '\nb'],
  ['a\r', '\n', 'b\r', '\n'],
  ['a\r', '\r', '\n'],
  ['a\r', '\r\n', 'b'],
  ['line1\nline2\r', '\n', 'line3\r', 'line4'],
  ['x\r'],
  ['\r', '\n', '\r', '\n'],
  ['a\r', 'b\n'],
];

function run(chunks, crlfDelay) {
  return new Promise((resolve) => {
    const log = [];
    const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay });
    rl.on('line', (l) => log.push(JSON.stringify(l)));
    rl.on('close', () => resolve(log.join(' ')));
  });
}

(async () => {
  for (const chunks of cases) {
    console.log(JSON.stringify(chunks), '=>', await run(chunks), '|', await run(chunks, Infinity));
  }
  // The same through a PassThrough written chunk by chunk.
  const pt = new PassThrough();
  const rl = readline.createInterface({ input: pt });
  const got = [];
  rl.on('line', (l) => got.push(l));
  rl.on('close', () => console.log('passthrough', JSON.stringify(got)));
  for (const c of ['p\r', '\nq\r', '\n\r', '\n', 'r']) pt.write(c);
  pt.end();
})();
