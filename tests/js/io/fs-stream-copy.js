// Copying files through createReadStream/createWriteStream: pipe, stream.pipeline, ranges with start/end and small highWaterMark, byte-exact binary data
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const src = path.join(dir, 'src.bin');
const data = Buffer.alloc(100000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 8)) & 0xff;
fs.writeFileSync(src, data);

function pipeCopy(done) {
  const dest = path.join(dir, 'pipe.bin');
  const rs = fs.createReadStream(src, { highWaterMark: 4096 });
  const ws = fs.createWriteStream(dest);
  let chunks = 0;
  rs.on('data', () => chunks++);
  rs.pipe(ws);
  ws.on('finish', () => {
    const copy = fs.readFileSync(dest);
    console.log('pipe', copy.length, copy.equals(data), 'chunks', chunks, 'read', rs.bytesRead, 'written', ws.bytesWritten);
    done();
  });
}

function pipelineRange(done) {
  const dest = path.join(dir, 'range.bin');
  pipeline(
    fs.createReadStream(src, { start: 1000, end: 1999, highWaterMark: 100 }),
    fs.createWriteStream(dest),
    (err) => {
      const copy = fs.readFileSync(dest);
      console.log('pipeline range', err, copy.length, copy.equals(data.subarray(1000, 2000)));
      done();
    });
}

function intoMiddle(done) {
  const dest = path.join(dir, 'middle.bin');
  fs.writeFileSync(dest, Buffer.alloc(20, 0x2e));
  const ws = fs.createWriteStream(dest, { flags: 'r+', start: 5 });
  fs.createReadStream(src, { start: 0, end: 9 }).pipe(ws).on('finish', () => {
    const copy = fs.readFileSync(dest);
    console.log('into middle', copy.length, copy.subarray(5, 15).equals(data.subarray(0, 10)), copy[4], copy[15]);
    done();
  });
}

function errorPropagates(done) {
  pipeline(
    fs.createReadStream(path.join(dir, 'missing')),
    fs.createWriteStream(path.join(dir, 'never.bin')),
    (err) => {
      console.log('pipeline error', err.code, err.syscall);
      done();
    });
}

const steps = [pipeCopy, pipelineRange, intoMiddle, errorPropagates];
(function next() {
  const step = steps.shift();
  if (step) step(next);
  else fs.rmSync(dir, { recursive: true });
})();
