// terminate() also stops a worker stuck in an endless promise-job chain (the event loop never turns)
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('looping');
  function again() { return Promise.resolve().then(again); }
  again();
`, { eval: true });
w.on('message', (m) => {
  console.log(m);
  w.terminate().then((code) => console.log('terminated', code));
});
w.on('exit', (code) => console.log('exit', code));
