// Streams over FileHandles: filehandle.createReadStream/createWriteStream, the fd option with a FileHandle, the handle closing with the stream, readableWebStream
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'The quick brown fox');

(async () => {
  let fh = await fsp.open(file);
  const rs = fh.createReadStream({ start: 4, end: 8, encoding: 'utf8' });
  let text = '';
  rs.on('data', (c) => { text += c; });
  await new Promise((resolve) => rs.on('close', resolve));
  console.log('read stream', JSON.stringify(text), 'handle closed', fh.fd);

  fh = await fsp.open(file);
  const rs2 = fs.createReadStream(null, { fd: fh, autoClose: false, highWaterMark: 8 });
  const chunks = [];
  rs2.on('data', (c) => chunks.push(c.toString()));
  await new Promise((resolve) => rs2.on('end', resolve));
  console.log('fd option', JSON.stringify(chunks), 'handle open', fh.fd !== -1);
  await fh.close();

  fh = await fsp.open(path.join(dir, 'out.txt'), 'w');
  const ws = fh.createWriteStream();
  ws.write('written ');
  ws.end('through a handle');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('write stream', fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), 'handle closed', fh.fd);

  fh = await fsp.open(file);
  const rs3 = fh.createReadStream();
  const closed = new Promise((resolve) => rs3.on('close', resolve));
  await fh.close();
  await closed;
  console.log('closing the handle closes the stream', rs3.destroyed);

  fh = await fsp.open(file);
  const web = fh.readableWebStream();
  const parts = [];
  for await (const chunk of web) parts.push(Buffer.from(chunk).toString());
  console.log('readableWebStream', parts.join(''));
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log('locked', e.code, e.message);
  }
  await fh.close();

  for (const [label, f] of [
    ['fs with handle', () => fs.createReadStream(null, { fd: fh, fs: {} })],
  ]) {
    try {
      f();
    } catch (e) {
      console.log(label, e.code, e.message);
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
