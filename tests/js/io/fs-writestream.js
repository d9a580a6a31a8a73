// fs.createWriteStream: open/ready/finish/close order, bytesWritten, flags 'a' and 'r+' with start, encodings, write callbacks, end(cb), close(cb)
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'out.txt');

function first(done) {
  const events = [];
  const ws = fs.createWriteStream(file);
  console.log('pending', ws.pending, clean(ws.path), ws.constructor.name, ws instanceof fs.WriteStream, ws.writable);
  ws.on('open', (fd) => events.push(`open:${typeof fd}`));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push('finish'));
  ws.on('close', () => {
    events.push('close');
    console.log('events', events.join(' '), 'bytesWritten', ws.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));
    done();
  });
  console.log('write returns', ws.write('hello ', () => events.push('write cb')));
  ws.write(Buffer.from('world'));
  ws.write('2121', 'hex');
  ws.end('\n', () => events.push('end cb'));
}

function append(done) {
  const ws = fs.createWriteStream(file, { flags: 'a' });
  ws.end('appended', () => {
    console.log('append', JSON.stringify(fs.readFileSync(file, 'utf8')));
    done();
  });
}

function positioned(done) {
  const ws = fs.createWriteStream(file, { flags: 'r+', start: 2 });
  ws.write('XY');
  ws.end(() => {
    console.log('r+ start', JSON.stringify(fs.readFileSync(file, 'utf8')), ws.bytesWritten);
    done();
  });
}

function encoding(done) {
  const ws = fs.createWriteStream(file, { encoding: 'base64' });
  ws.end('aGk=', () => {
    console.log('default encoding', fs.readFileSync(file, 'utf8'));
    done();
  });
}

function highWater(done) {
  const ws = fs.createWriteStream(file, { highWaterMark: 4 });
  console.log('write over highWaterMark returns', ws.write('123456'), ws.writableLength, ws.writableNeedDrain);
  ws.on('drain', () => console.log('drain'));
  ws.end(() => done());
}

function closeCb(done) {
  const ws = fs.createWriteStream(file);
  ws.write('closing');
  ws.close((err) => {
    console.log('close cb', err, fs.readFileSync(file, 'utf8'), ws.closed);
    ws.close((err2) => {
      console.log('close cb again', err2);
      done();
    });
  });
}

function errors(done) {
  const ws = fs.createWriteStream(path.join(dir, 'no', 'file'));
  ws.on('error', (err) => console.log('error', clean(err.message)));
  ws.on('close', () => {
    console.log('closed after error', ws.destroyed);
    const ws2 = fs.createWriteStream(file, { flags: 'wx' });
    ws2.on('error', (err) => {
      console.log('wx error', err.code);
      for (const [label, f] of [
        ['bad start', () => fs.createWriteStream(file, { start: -1 })],
        ['bad fd', () => fs.createWriteStream(file, { fd: '3' })],
        ['bad flush', () => fs.createWriteStream(file, { flush: 'yes' })],
        ['bad path', () => fs.createWriteStream(5)],
      ]) {
        try {
          f();
        } catch (e) {
          console.log(label, e.code, e.message);
        }
      }
      done();
    });
  });
}

const steps = [first, append, positioned, encoding, highWater, closeCb, errors];
(function next() {
  const step = steps.shift();
  if (step) step(next);
  else fs.rmSync(dir, { recursive: true });
})();
