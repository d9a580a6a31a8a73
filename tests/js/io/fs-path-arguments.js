// Path arguments: strings, Buffers, Uint8Arrays and file: URLs are accepted; other types, null bytes and non-file URLs are rejected with Node's errors in all three forms
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>').replaceAll(encodeURI(dir), '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'spaced name %.txt');
fs.writeFileSync(file, 'ok');

const good = [
  ['string', file],
  ['Buffer', Buffer.from(file)],
  ['Uint8Array', new TextEncoder().encode(file)],
  ['URL', pathToFileURL(file)],
  ['URL string is a path', pathToFileURL(file).href],
  ['URL with localhost', new URL(`file://localhost${pathToFileURL(file).pathname}`)],
];
for (const [label, p] of good) {
  try {
    console.log(label, fs.readFileSync(p, 'utf8'));
  } catch (e) {
    console.log(label, fmt(e));
  }
}

const bad = [
  ['number', 1.5],
  ['undefined', undefined],
  ['null', null],
  ['object', { path: file }],
  ['array', [file]],
  ['boolean', true],
  ['symbol', Symbol('s')],
  ['function', function named() {}],
  ['bigint', 10n],
  ['null byte string', 'a\u0000b'],
  ['null byte Buffer', Buffer.from([97, 0])],
  ['http URL', new URL('https://nodejs.org/')],
  ['URL with host', new URL('file://server/share/x')],
  ['URL with encoded slash', new URL('file:///a%2Fb')],
  ['long string', 'x'.repeat(40) + '\0'],
];
for (const [label, p] of bad) {
  try {
    fs.statSync(p);
    console.log('statSync', label, 'no throw');
  } catch (e) {
    console.log('statSync', label, fmt(e));
  }
}
for (const [label, p] of bad.slice(0, 3)) {
  try {
    fs.stat(p, () => {});
  } catch (e) {
    console.log('stat', label, fmt(e));
  }
}
try {
  fs.renameSync('a', 'b\0');
} catch (e) {
  console.log('newPath', fmt(e));
}
try {
  fs.symlinkSync(5, 'x');
} catch (e) {
  console.log('target', fmt(e));
}
try {
  fs.copyFileSync(file, new URL('http://x/'));
} catch (e) {
  console.log('dest', fmt(e));
}

(async () => {
  for (const [label, p] of bad.slice(9, 12)) {
    await fsp.stat(p).then(() => console.log('promise', label, 'resolved'), (e) => console.log('promise', label, fmt(e)));
  }
  console.log('promise URL', (await fsp.readFile(pathToFileURL(file))).toString());
  fs.rmSync(dir, { recursive: true });
})();
