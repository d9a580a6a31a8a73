// empty files and files of only newlines: no 'line' for an empty file, empty lines for "\n", close always comes
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const files = {
  'empty': '',
  'newline': '\n',
  'three-newlines': '\n\n\n',
  'crlf-only': '\r\n',
  'spaces': '   ',
};
for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);

function events(file) {
  return new Promise((resolve) => {
    const log = [];
    const rl = readline.createInterface({ input: fs.createReadStream(file) });
    rl.on('line', (l) => log.push(`line:${JSON.stringify(l)}`));
    rl.on('pause', () => log.push('pause'));
    rl.on('close', () => {
      log.push('close');
      resolve(log.join(' '));
    });
  });
}

(async () => {
  for (const name of Object.keys(files)) {
    const file = path.join(dir, name);
    console.log(name, '->', await events(file));
    const rl = readline.createInterface({ input: fs.createReadStream(file) });
    let n = 0;
    for await (const l of rl) n++;
    console.log(name, 'iterated', n);
  }
  fs.rmSync(dir, { recursive: true });
})();
