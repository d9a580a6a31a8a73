// setEnvironmentData/getEnvironmentData: entries set before a worker starts are cloned into it and into its nested workers; later changes are not seen
const { Worker, isMainThread, parentPort, setEnvironmentData, getEnvironmentData, workerData } = require('worker_threads');
if (isMainThread) {
  setEnvironmentData('config', { level: 3, tags: new Set(['a']) });
  setEnvironmentData(42, 'numeric key');
  setEnvironmentData('gone', 'x');
  setEnvironmentData('gone', undefined); // undefined deletes the entry
  console.log('main: gone', getEnvironmentData('gone'), 'same object each get', getEnvironmentData('config') === getEnvironmentData('config'));
  const w = new Worker(__filename, { workerData: 1 });
  setEnvironmentData('late', 'set after the worker was created');
  getEnvironmentData('config').level = 99; // the worker already has its own copy
  w.on('message', (m) => console.log(m));
  w.on('exit', (c) => console.log('exit', c, '| main late:', getEnvironmentData('late'), '| main fromWorker:', getEnvironmentData('fromWorker')));
} else {
  const config = getEnvironmentData('config');
  const report = `depth ${workerData}: level ${config && config.level} tags ${config && [...config.tags]} 42=${getEnvironmentData(42)} gone=${getEnvironmentData('gone')} late=${getEnvironmentData('late')} fromWorker=${getEnvironmentData('fromWorker')}`;
  parentPort.postMessage(report);
  if (workerData === 1) {
    setEnvironmentData('fromWorker', 'set in worker 1');
    const n = new Worker(__filename, { workerData: 2 });
    n.on('message', (m) => parentPort.postMessage(`relayed ${m}`));
  }
}
