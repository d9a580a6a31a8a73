// `using` cancels a Timeout or an Immediate when its scope ends; `await using` terminates a Worker
// Expected output: Node 24 (Worker[Symbol.asyncDispose] is newer than Node 20).
const { Worker } = require('worker_threads');

{
  using t = setTimeout(() => console.log('timeout: must not run'), 10);
  using i = setImmediate(() => console.log('immediate: must not run'));
  using keep = { [Symbol.dispose]() { console.log('plain disposable runs last-in first-out'); } };
  console.log('scheduled', typeof t[Symbol.dispose], typeof i[Symbol.dispose]);
}
const kept = setTimeout(() => console.log('timeout outside a using scope runs'), 5);

async function main() {
  let worker;
  {
    await using w = new Worker(
      'const { parentPort } = require("worker_threads"); parentPort.postMessage("ready"); setInterval(() => {}, 1000);',
      { eval: true },
    );
    worker = w;
    w.on('exit', (code) => console.log('worker exit code', code));
    const message = await new Promise((resolve) => w.once('message', resolve));
    console.log('worker said', message);
  }
  console.log('scope left; worker threadId after exit:', worker.threadId);
  const i = setInterval(() => {}, 1000);
  i[Symbol.dispose]();
  i[Symbol.dispose]();
  console.log('interval disposed twice without error');
}
main();
