// terminate() stops a worker stuck in while(true){}: the promise and the 'exit' event give exit code 1
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('spinning');
  while (true) {}
`, { eval: true });
const events = [];
w.on('exit', (code) => events.push('exit event ' + code));
w.on('error', (e) => events.push('error ' + e.message));
w.once('message', async (m) => {
  console.log('message:', m);
  const code = await w.terminate();
  console.log('terminate resolved with', code);
  setImmediate(() => console.log(events));
});
