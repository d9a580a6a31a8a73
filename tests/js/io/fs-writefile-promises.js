// fs.promises.writeFile: strings, buffers, iterables and async iterables, FileHandles, flags and rejections
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
const content = () => JSON.stringify(fs.readFileSync(file, 'latin1'));

async function show(label, f) {
  try {
    const r = await f();
    console.log(label, r, fs.existsSync(file) ? content() : '-');
  } catch (e) {
    console.log(label, 'rejects', fmt(e));
  }
}

(async () => {
  await show('string', () => fsp.writeFile(file, 'abc'));
  await show('latin1', () => fsp.writeFile(file, 'ÿé', 'latin1'));
  await show('buffer', () => fsp.writeFile(file, Buffer.from([0x41, 0x42])));
  await show('array of strings', () => fsp.writeFile(file, ['a', 'b', 'c']));
  await show('array of buffers', () => fsp.writeFile(file, [Buffer.from('x'), new Uint8Array([0x79])]));
  await show('generator', () => fsp.writeFile(file, (function* () { yield 'g1'; yield 'g2'; })()));
  await show('async generator', () => fsp.writeFile(file, (async function* () { yield 'a1'; yield Buffer.from('a2'); })()));
  await show('iterable with encoding', () => fsp.writeFile(file, ['68', '69'], 'hex'));
  await show('append flag', () => fsp.writeFile(file, '!', { flag: 'a' }));
  await show('flush', () => fsp.writeFile(file, 'flushed', { flush: true }));
  await show('wx', () => fsp.writeFile(file, 'x', { flag: 'wx' }));

  const fh = await fsp.open(file, 'w+');
  await show('filehandle', () => fh.writeFile('via handle'));
  await show('filehandle again', () => fh.writeFile(' more'));
  await show('writeFile(filehandle)', () => fsp.writeFile(fh, '!'));
  await fh.close();
  await show('closed filehandle', () => fh.writeFile('x'));

  await show('number', () => fsp.writeFile(file, 5));
  await show('object', () => fsp.writeFile(file, {}));
  await show('bad flush', () => fsp.writeFile(file, 'x', { flush: null }));
  await show('missing dir', () => fsp.writeFile(path.join(dir, 'a', 'b'), 'x'));
  await show('bad signal', () => fsp.writeFile(file, 'x', { signal: 'no' }));
  await fsp.rm(dir, { recursive: true });
})();
