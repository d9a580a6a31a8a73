// a worker's env: a copy of process.env by default, the given object (values stringified) with options.env, the parent's own variables with SHARE_ENV (a change in the worker is seen by the parent); setEnvironmentData reaches workers; a bad env is ERR_INVALID_ARG_TYPE
const { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData } = require('worker_threads');
process.env.A = 'parent';
setEnvironmentData('k', { v: 1 });
const run = (opts) => new Promise((resolve) => {
  const w = new Worker(`
    const { parentPort, getEnvironmentData } = require('worker_threads');
    parentPort.postMessage([process.env.A, process.env.B, JSON.stringify(getEnvironmentData('k'))]);
    process.env.FROM_WORKER = 'w';
  `, { eval: true, ...opts });
  w.on('message', (m) => console.log(JSON.stringify(opts.env === SHARE_ENV ? 'SHARE_ENV' : opts.env), m));
  w.on('exit', resolve);
});
(async () => {
  await run({});
  await run({ env: { A: 'custom', B: 2 } });
  await run({ env: SHARE_ENV });
  console.log('after SHARE_ENV worker:', process.env.FROM_WORKER);
  try { new Worker('1', { eval: true, env: 5 }); } catch (e) { console.log(e.code, e.message); }
})();
