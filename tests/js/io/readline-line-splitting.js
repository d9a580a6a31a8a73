// how readline splits input into lines: \n, \r\n, lone \r, empty lines, whitespace-only lines and an unterminated last line
const { Readable } = require('stream');
const readline = require('readline');

const cases = [
  ['a\nb\nc\n'],
  ['a\nb\nc'],
  ['a\r\nb\r\nc\r\n'],
  ['a\rb\rc'],
  ['\n\n\n'],
  ['\r\n\r\n'],
  ['x\n\r\ny\r\r\nz'],
  ['   \n\t\n'],
  ['no newline at all'],
  [''],
  [],
  ['abc', 'def\n', 'gh', 'i'],
  ['one\n', '', 'two\n'],
];

function run(chunks) {
  return new Promise((resolve) => {
    const log = [];
    const rl = readline.createInterface({ input: Readable.from(chunks) });
    rl.on('line', (l) => log.push(JSON.stringify(l)));
    rl.on('close', () => resolve(log.join(' ')));
  });
}

(async () => {
  for (const chunks of cases) {
    console.log(JSON.stringify(chunks), '=>', await run(chunks));
  }
})();
