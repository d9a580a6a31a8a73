// The web Worker global (HTML §10.2; Node 20 has none, as Deno and browsers have it): a classic worker with importScripts relative to its script, name, self, onmessage/postMessage, an ErrorEvent for an uncaught error, terminate. Expected output written from the standard and checked by hand.
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
  console.log('error event:', e.type, e.message, e.error instanceof Error);
  w.terminate();
};
w.postMessage(20);
w.postMessage(1);
