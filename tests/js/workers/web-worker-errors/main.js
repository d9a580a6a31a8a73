// A web worker's uncaught exceptions as HTML §8.1.4.7 "report an exception" says: an ErrorEvent at the worker's global (onerror gets message, filename, lineno, colno and error; returning true handles it), which, unhandled, becomes an ErrorEvent at the Worker object without the error value; the worker keeps running. An unhandled rejection is a PromiseRejectionEvent at the worker's global. An error the Worker object does not handle either is reported in the main thread as an uncaught exception, as in Deno (the last step; without the listener it would end the process). Node 20 has no web Worker; expected output written from the standard and checked by hand.
const w = new Worker('./worker.js');
const steps = ['handled', 'unhandled', 'timer', 'rejection', 'string', 'done'];
let events = [];
let next = 0;
w.onmessage = (e) => {
  events.push(e.data);
  if (e.data.startsWith('end of ') && next < steps.length) w.postMessage(steps[next++]);
  if (e.data === 'end of done') {
    console.log(events.join('\n'));
    w.onerror = null;
    w.onmessage = null;
    w.postMessage('unhandled');
  }
};
w.onerror = (e) => {
  events.push(`Worker error event: ${e.message} | ${e.filename.endsWith('/worker.js')}:${e.lineno} | error=${e.error}`);
  e.preventDefault();
};
w.postMessage(steps[next++]);
process.on('uncaughtException', (e) => {
  console.log('uncaught in the main thread:', e.message);
  w.terminate();
});
