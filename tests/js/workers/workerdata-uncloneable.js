// a workerData that cannot be cloned makes the Worker constructor throw a DataCloneError; no worker starts
const { Worker } = require('worker_threads');

for (const [label, data] of [['function', { f() {} }], ['symbol', Symbol('s')]]) {
  try {
    const w = new Worker('1', { eval: true, workerData: data });
    console.log(label, 'worker created');
    w.on('exit', (code) => console.log(label, 'exit', code));
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
}
console.log('done');
