// fs.promises.readFile: paths, URLs, FileHandles, encodings, flags, and rejections for bad arguments
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);

async function show(label, f) {
  try {
    const r = await f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'rejects', fmt(e));
  }
}

(async () => {
  const file = path.join(dir, 'data.bin');
  await fsp.writeFile(file, Buffer.from('0123456789'));
  await show('buffer', () => fsp.readFile(file));
  await show('utf8', () => fsp.readFile(file, 'utf8'));
  await show('hex', () => fsp.readFile(file, { encoding: 'hex' }));
  await show('URL', () => fsp.readFile(pathToFileURL(file), 'latin1'));
  await show('flag', () => fsp.readFile(file, { flag: 'r+', encoding: 'utf8' }));
  await show('same as fs.promises', async () => fs.promises === fsp);

  const fh = await fsp.open(file, 'r');
  const first = Buffer.alloc(4);
  await fh.read(first, 0, 4, null);
  await show('filehandle rest', () => fh.readFile('utf8'));
  await show('filehandle end', () => fh.readFile({ encoding: 'utf8' }));
  await show('readFile(filehandle)', () => fsp.readFile(fh, 'utf8'));
  await fh.close();
  await show('closed filehandle', () => fh.readFile());

  await show('missing', () => fsp.readFile(path.join(dir, 'missing')));
  await show('directory', () => fsp.readFile(dir));
  await show('bad encoding', () => fsp.readFile(file, 'nope'));
  await show('bad flag', () => fsp.readFile(file, { flag: 'nope' }));
  await show('bad path', () => fsp.readFile(123.5));
  await show('bad options', () => fsp.readFile(file, true));

  // A bad argument rejects: nothing is thrown synchronously.
  const p = fsp.readFile(null);
  console.log('returned', p instanceof Promise);
  await p.catch((e) => console.log('late', e.code));

  await fsp.rm(dir, { recursive: true });
  console.log('done');
})();
