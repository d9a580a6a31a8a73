// postMessage of functions, symbols and other uncloneable values throws a DataCloneError (DOMException) and sends nothing
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const got = [];
  parentPort.on('message', (m) => {
    if (m === 'end') { parentPort.postMessage(got); parentPort.close(); return; }
    got.push(m);
  });
`, { eval: true });

const bad = [
  ['arrow function', () => 1],
  ['function', function named() {}],
  ['symbol', Symbol('sym')],
  ['nested function', { a: { b: [1, () => 2] } }],
  ['nested symbol', [Symbol.iterator]],
  ['WeakMap', new WeakMap()],
  ['Promise', Promise.resolve(1)],
];
w.postMessage('before');
for (const [label, value] of bad) {
  try {
    w.postMessage(value);
    console.log(label, 'sent');
  } catch (e) {
    console.log(label, '->', e.name, e instanceof DOMException, e.code, JSON.stringify(e.message));
  }
}
w.postMessage('after');
w.postMessage('end');
w.on('message', (m) => console.log('worker received:', m));
w.on('exit', (code) => console.log('exit', code));
