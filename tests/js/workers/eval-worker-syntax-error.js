// an eval worker whose code has a syntax error reports a SyntaxError through the 'error' event, then exits 1
const { Worker } = require('worker_threads');

const w = new Worker('let x = ;', { eval: true });
w.on('online', () => console.log('online'));
w.on('error', (e) => console.log('error event:', e instanceof SyntaxError, e.name));
w.on('exit', (code) => console.log('exit', code));
