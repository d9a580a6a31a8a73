// Ordering of fs callbacks and promises against synchronous code, process.nextTick, microtasks and setImmediate (only Node's deterministic orders)
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const log = [];

// Callbacks never run synchronously, even for immediate failures of the system call.
fs.stat(path.join(dir, 'missing'), () => log.push('stat callback'));
fs.readFile(file, () => log.push('readFile callback'));
fsp.stat(file).then(() => log.push('promise stat'));
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('microtask'));
log.push('sync end');

// fs.read with length 0 and writev with no buffers complete on the next tick.
fs.read(fs.openSync(file, 'r'), Buffer.alloc(1), 0, 0, 0, () => log.push('read length 0 (nextTick)'));
fs.writev(fs.openSync(file, 'r+'), [], () => log.push('writev empty (nextTick)'));

// A recursive readdir calls back synchronously in Node 20.
fs.readdir(dir, { recursive: true }, () => log.push('recursive readdir callback'));

// Rejections of invalid arguments in fs/promises are asynchronous.
fsp.readFile(123).catch(() => log.push('promise rejection'));

// fs.exists and access errors never throw synchronously for missing files.
fs.exists(path.join(dir, 'nope'), (e) => log.push(`exists ${e}`));

setTimeout(() => {
  console.log(log.slice(0, 6).join('\n'));
  const rest = log.slice(6);
  console.log('later (any order):', rest.sort().join(', '));
  fs.rmSync(dir, { recursive: true });
}, 200);

// Sync calls finish before the next statement.
fs.writeFileSync(file, 'y');
console.log('sync read sees sync write', fs.readFileSync(file, 'utf8'));
