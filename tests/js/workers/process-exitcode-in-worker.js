// process.exitCode set in a worker becomes the worker's exit code; the parent's own exit code is untouched
const { Worker } = require('worker_threads');

function run(src) {
  return new Promise((resolve) => {
    const w = new Worker(src, { eval: true });
    w.on('error', (e) => console.log('  error', e.message));
    w.on('exit', resolve);
  });
}

(async () => {
  console.log('exitCode 7:', await run('process.exitCode = 7;'));
  console.log('exitCode then exit():', await run('process.exitCode = 9; process.exit();'));
  console.log('exit(0) overrides exitCode:', await run('process.exitCode = 9; process.exit(0);'));
  console.log('natural end:', await run('1 + 1;'));
  console.log('exitCode set in a timer:', await run('setTimeout(() => { process.exitCode = 4; }, 5);'));
  console.log('exitCode then throw:', await run('process.exitCode = 2; throw new Error("x");'));
  console.log('parent exitCode:', process.exitCode);
})();
