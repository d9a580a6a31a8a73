// threadId is 0 on the main thread and increases per worker; worker.threadId matches the worker's own threadId while it runs and is -1 after exit
const { Worker, isMainThread, threadId, parentPort } = require('worker_threads');

if (isMainThread) {
  console.log('main: isMainThread', isMainThread, 'threadId', threadId, 'parentPort', parentPort);
  (async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const w = new Worker(__filename);
      const exited = new Promise((resolve) => w.once('exit', resolve));
      // compare inside the listener: after 'exit', worker.threadId changes
      const [m, matches] = await new Promise((resolve) => w.once('message', (m) => resolve([m, m.threadId === w.threadId])));
      await exited;
      console.log('worker', i, 'matches:', matches, 'isMainThread', m.isMainThread, 'hasParentPort', m.hasParentPort, 'threadId after exit', w.threadId);
      ids.push(m.threadId);
    }
    console.log('increasing:', ids[0] < ids[1] && ids[1] < ids[2], 'distinct from main:', !ids.includes(0));
  })();
} else {
  parentPort.postMessage({ threadId, isMainThread, hasParentPort: parentPort !== null && typeof parentPort.postMessage === 'function' });
}
