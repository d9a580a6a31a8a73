// timers/promises scheduler.wait with { signal }, scheduler.yield, and the Scheduler this checks
const { scheduler } = require('timers/promises');
(async () => {
  console.log('wait resolves', await scheduler.wait(1));
  try {
    await scheduler.wait(5, { signal: AbortSignal.abort('aborted first') });
  } catch (e) {
    console.log('before', e.name, e.code, 'cause:', e.cause);
  }
  const ac = new AbortController();
  const p = scheduler.wait(100000, { signal: ac.signal });
  setTimeout(() => ac.abort(), 2);
  try {
    await p;
  } catch (e) {
    console.log('during', e.name, 'cause:', e.cause.name);
  }
  console.log('yield resolves', await scheduler.yield());
  try {
    scheduler.wait.call({}, 1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    new scheduler.constructor();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(scheduler.constructor.name, typeof scheduler.wait, typeof scheduler.yield);
})();
