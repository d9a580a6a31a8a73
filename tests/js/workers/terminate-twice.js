// calling terminate() twice gives the same exit code; postMessage to a terminated worker is silently ignored
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage('echo ' + m));
`, { eval: true });
let exits = 0;
w.on('exit', () => exits++);
w.on('message', async (m) => {
  console.log(m);
  const p1 = w.terminate();
  const p2 = w.terminate();
  console.log('promises:', p1 instanceof Promise, p2 instanceof Promise);
  console.log('codes:', await p1, await p2);
  w.postMessage('after terminate');
  console.log('postMessage after terminate did not throw');
  setTimeout(() => console.log('exit events:', exits), 20);
});
w.postMessage('hi');
