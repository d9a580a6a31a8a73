import { sum } from './sum.mjs';
const ready = await Promise.resolve('ready');
self.addEventListener('message', (e) => {
  postMessage({ ready, sum: sum(new Uint8Array(e.data)), type: typeof importScripts });
  close();
});
