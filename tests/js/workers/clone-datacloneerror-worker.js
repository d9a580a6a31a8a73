// a DataCloneError thrown by parentPort.postMessage inside a worker can be caught there; its name and message are reported
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log(m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  const results = [];
  for (const v of [function f() {}, Symbol('s'), { deep: [class C {}] }]) {
    try {
      parentPort.postMessage(v);
      results.push('sent');
    } catch (e) {
      results.push([e.name, e instanceof DOMException, e.code, e.message]);
    }
  }
  parentPort.postMessage(results);
}
