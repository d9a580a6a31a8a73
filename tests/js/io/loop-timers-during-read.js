// The event loop keeps running timers while a 100 MB file read is in flight: the read runs off
// the loop's thread and its callback comes later, so an interval fires in between.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'big');
const piece = Buffer.alloc(1 << 20, 'z');
const fd = fs.openSync(file, 'w');
for (let i = 0; i < 100; i++) fs.writeSync(fd, piece);
fs.closeSync(fd);

let ticks = 0;
let readDone = false;
const interval = setInterval(() => { if (!readDone) ticks++; }, 0);
// setImmediate runs in the check phase, also while the read is in flight.
let immediates = 0;
(function spin() { if (!readDone) { immediates++; setImmediate(spin); } })();

fs.readFile(file, (err, data) => {
  readDone = true;
  clearInterval(interval);
  console.log('error:', err);
  console.log('bytes read:', data.length);
  console.log('the loop ran while reading:', ticks + immediates > 0);
  console.log('sync code ran before the callback:', syncDone);
  fs.rmSync(dir, { recursive: true });
});
const syncDone = true;
console.log('read started, callback pending:', !readDone);
