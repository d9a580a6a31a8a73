// FileReaderSync in a web worker (File API §7: exposed to workers only; Node 20 has neither it nor web workers, Deno and browsers have both): each read's result, synchronously, and a TypeError for a non-Blob; not a global of the main thread. Expected output written from the standard and checked by hand.
console.log('main thread has it:', typeof FileReaderSync);
const w = new Worker('./worker.js');
w.onmessage = (e) => {
  for (const line of e.data) console.log(line);
  w.terminate();
};
w.postMessage(new Blob(['hello'], { type: 'text/plain' }));
