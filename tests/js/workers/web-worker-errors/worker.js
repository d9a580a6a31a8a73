// Each message names a way to fail; the worker reports what its global saw and goes on.
let mode = '';
onerror = (message, filename, lineno, colno, error) => {
  postMessage(`onerror: ${message} | ${filename.endsWith('/worker.js')}:${lineno}:${colno > 0} | ${error instanceof Error} | returns ${mode === 'handled'}`);
  return mode === 'handled';
};
addEventListener('error', (e) => {
  postMessage(`listener: ${e.constructor.name} cancelable=${e.cancelable} defaultPrevented=${e.defaultPrevented}`);
});
addEventListener('unhandledrejection', (e) => {
  postMessage(`unhandledrejection: ${e.constructor.name} ${e.reason} ${e.promise instanceof Promise}`);
  e.preventDefault();
});
onmessage = (e) => {
  mode = e.data;
  // After what the step started (a 0 ms timer, microtasks) has run.
  setTimeout(() => postMessage(`end of ${e.data}`), 20);
  if (mode === 'handled' || mode === 'unhandled') throw new TypeError(`failed (${mode})`);
  if (mode === 'timer') setTimeout(() => { mode = 'handled'; throw new RangeError('in a timer'); }, 0);
  if (mode === 'rejection') Promise.reject(new Error('rejected'));
  if (mode === 'done') postMessage('still running');
  if (mode === 'string') { mode = 'handled'; throw 'a string'; }
};
