// The web Worker global (HTML §10.2; Node 20 has none, as Deno and browsers have it): a classic worker with importScripts relative to its script, name, self, onmessage/postMessage, an uncaught error reported as an ErrorEvent at the Worker (HTML §8.1.4.7: its error is null, the value stays in the worker; line and file of the throw), terminate. Expected output written from the standard and checked by hand.
const w = new Worker('./worker.js', { name: 'calc' });
const results = [];
w.onmessage = (e) => {
  results.push(e.data);
  if (results.length === 2) {
    console.log(results, e instanceof MessageEvent);
    w.postMessage('fail');
  }
};
w.onerror = (e) => {
  console.log('error event:', e.type, e.message, e.error, e instanceof ErrorEvent, e.filename.startsWith('file:///'), e.filename.endsWith('/worker.js'), e.lineno);
  // Handled here; otherwise it would be reported in this thread as uncaught (as in Deno).
  e.preventDefault();
  w.terminate();
};
w.postMessage(20);
w.postMessage(1);
