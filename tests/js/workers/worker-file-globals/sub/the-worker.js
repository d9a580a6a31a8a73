// worker: reports facts about its own environment (relative to the program directory, never absolute paths)
const { parentPort } = require('worker_threads');
const path = require('path');
const root = path.join(__dirname, '..');
parentPort.postMessage({
  filename: path.relative(root, __filename),
  dirname: path.relative(root, __dirname),
  argv1: path.relative(root, process.argv[1]),
  globals: ['setTimeout', 'queueMicrotask', 'structuredClone', 'TextEncoder', 'SharedArrayBuffer', 'Atomics', 'console']
    .map((name) => `${name}:${typeof globalThis[name]}`),
  moduleIsMain: require.main === module,
});
