// internal/worker/web_scope: a web worker's global scope (HTML §10.2.1
// DedicatedWorkerGlobalScope), set up before the worker's script runs: `self`, `name`,
// `postMessage`, `onmessage`, `addEventListener('message')`, `close()` and, for classic
// workers, `importScripts`. Messages come through the worker's parentPort; the worker stays
// alive while its scope listens for them.
'use strict';

const binding = require('internal/worker/binding');
const { parentPort } = require('worker_threads');
const { MessageEvent } = require('internal/worker/io');
const { EventTarget, kTrustEvent } = require('internal/event_target');

module.exports = function setUpWorkerGlobalScope(name, isModule) {
  const scope = globalThis;
  // The scope's own listeners (WorkerGlobalScope is an EventTarget).
  const target = new EventTarget();
  let listening = 0;
  const listen = (delta) => {
    listening += delta;
    if (listening > 0) parentPort.ref();
    else parentPort.unref();
  };
  const define = (key, value) =>
    Object.defineProperty(scope, key, { value, writable: true, configurable: true, enumerable: true });
  define('self', scope);
  define('name', String(name));
  define('addEventListener', (type, listener, options) => {
    target.addEventListener(type, listener, options);
    if (type === 'message' && listener != null) listen(1);
  });
  define('removeEventListener', (type, listener, options) => {
    target.removeEventListener(type, listener, options);
    if (type === 'message' && listener != null && listening > 0) listen(-1);
  });
  define('dispatchEvent', (event) => target.dispatchEvent(event));
  define('postMessage', (message, transfer) => parentPort.postMessage(message, transfer));
  // HTML §10.2.1.2 close(): the worker takes no more messages and ends.
  define('close', () => {
    parentPort.close();
    process.exit(0);
  });
  // Relative URLs resolve against the worker's own script, as the worker's API base URL.
  if (!isModule) {
    const path = require('path');
    const base = path.dirname(process.argv[1] || path.join(process.cwd(), 'worker'));
    define('importScripts', (...urls) => {
      const files = urls.map((u) => {
        const s = String(u);
        return s.startsWith('file:') ? require('url').fileURLToPath(s) : path.resolve(base, s);
      });
      binding.importScripts(...files);
    });
  }
  let onmessage = null;
  Object.defineProperty(scope, 'onmessage', {
    get() { return onmessage; },
    set(handler) {
      if (onmessage) {
        target.removeEventListener('message', onmessage);
        listen(-1);
      }
      onmessage = typeof handler === 'function' ? handler : null;
      if (onmessage) {
        target.addEventListener('message', onmessage);
        listen(1);
      }
    },
    configurable: true,
    enumerable: true,
  });
  // Every message reaches the scope's listeners as a MessageEvent.
  parentPort.addEventListener('message', (event) => {
    target.dispatchEvent(new MessageEvent('message', { data: event.data, ports: event.ports, [kTrustEvent]: true }));
  });
  // A worker's implicit port is enabled from the start (HTML §10.2.4 run a worker).
  parentPort.start();
  parentPort.unref();
};
