// A worker started with stdout: true and stderr: true: its console output and process.stdout
// writes arrive on worker.stdout / worker.stderr in the parent (not on the process's
// streams), in order, and the streams end when the worker exits.
const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('line one');
  process.stdout.write('partial ');
  process.stdout.write('line\\n');
  console.error('to stderr');
  console.log({ a: 1 });
`, { eval: true, stdout: true, stderr: true });
let out = '';
let err = '';
w.stdout.setEncoding('utf8');
w.stderr.setEncoding('utf8');
w.stdout.on('data', (c) => { out += c; });
w.stderr.on('data', (c) => { err += c; });
let ended = 0;
w.stdout.on('end', () => { ended++; });
w.stderr.on('end', () => { ended++; });
w.on('exit', (code) => {
  setImmediate(() => {
    console.log('exit', code);
    console.log('stdout:', JSON.stringify(out));
    console.log('stderr:', JSON.stringify(err));
    console.log('streams ended:', ended);
    console.log('stdin:', w.stdin);
  });
});
