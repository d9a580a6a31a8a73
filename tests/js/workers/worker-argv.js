// the argv option appears in the worker's process.argv after the first two entries (values stringified)
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  (async () => {
    for (const argv of [['a', 'b c', '--flag'], [1, true, null], [], undefined]) {
      const w = new Worker(__filename, argv === undefined ? {} : { argv });
      const m = await new Promise((resolve) => w.once('message', resolve));
      console.log(argv, '->', m);
    }
    try {
      new Worker(__filename, { argv: 'nope' });
    } catch (e) {
      console.log('argv string:', e.name, e.code, e.message);
    }
  })();
} else {
  parentPort.postMessage({ extra: process.argv.slice(2), length: process.argv.length, allStrings: process.argv.every((a) => typeof a === 'string') });
}
