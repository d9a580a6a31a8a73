// an { eval: true } worker runs as a CommonJS-like script: require works for built-ins, __filename is '[worker eval]'
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const path = require('node:path');
  parentPort.postMessage({
    filename: __filename,
    dirnameIsString: typeof __dirname,
    requireType: typeof require,
    moduleType: typeof module,
    exportsType: typeof exports,
    joined: path.join('a', 'b'),
    events: typeof require('events').EventEmitter,
  });
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
