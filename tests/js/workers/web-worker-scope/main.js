// A web worker's global scope (HTML §10.2.1; Node 20 has no web Worker): the global is a DedicatedWorkerGlobalScope (WorkerGlobalScope, EventTarget) with self, location, a WorkerNavigator, close() that lets the current task finish and runs no other; workers from blob: and data: URLs. Expected output written from the standard and checked by hand.
const code = `
  const report = {
    scope: self instanceof DedicatedWorkerGlobalScope && self instanceof WorkerGlobalScope && self instanceof EventTarget,
    tag: Object.prototype.toString.call(self),
    selfIsGlobal: self === globalThis,
    navigator: navigator instanceof WorkerNavigator && navigator.appName === 'Netscape' && typeof navigator.onLine,
    location: location instanceof WorkerLocation && location.protocol,
    name,
  };
  self = 1;
  report.selfAfterAssignment = typeof self;
  addEventListener('message', (e) => {
    if (e.data === 'close') {
      close();
      setTimeout(() => postMessage('a later task ran'), 0);
      postMessage('closing, this message still goes out');
    } else {
      postMessage(report);
    }
  });
`;
const blobURL = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
console.log(blobURL.startsWith('blob:nodedata:'));
const w = new Worker(blobURL, { name: 'from-blob' });
w.onmessage = (e) => {
  console.log(e.data);
  if (typeof e.data === 'object') w.postMessage('close');
};
w.postMessage('report');
// The worker ends after the task that called close(): its timer never fires.
w.addEventListener('message', (e) => {
  if (e.data.startsWith?.('closing')) setTimeout(fromDataURL, 100);
});

function fromDataURL() {
  const d = new Worker('data:text/javascript,postMessage(%22from%20a%20data%20URL%22)');
  d.onmessage = (e) => {
    console.log(e.data);
    URL.revokeObjectURL(blobURL);
    try {
      URL.createObjectURL('text');
    } catch (e) {
      console.log(e.code);
    }
    // Fetching a revoked blob URL fails: an error event, not an exception.
    new Worker(blobURL).onerror = (e) => console.log('a revoked blob URL:', e.type);
  };
}
