// invalid Worker constructor arguments throw Node's errors (ERR_WORKER_PATH, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE) synchronously
const { Worker } = require('worker_threads');

function attempt(label, fn) {
  try {
    const w = fn();
    console.log(label, '-> created');
    w.terminate();
  } catch (e) {
    console.log(label, '->', e.name, e.code);
    console.log('   ', e.message);
  }
}

attempt('bare name', () => new Worker('worker.js'));
attempt('bare dir/name', () => new Worker('lib/worker.js'));
attempt('number', () => new Worker(42));
attempt('undefined', () => new Worker());
attempt('null', () => new Worker(null));
attempt('object', () => new Worker({ path: './x.js' }));
attempt('eval with non-string', () => new Worker(new URL('file:///tmp/x.js'), { eval: true }));
attempt('argv not an array', () => new Worker('1', { eval: true, argv: 'x' }));
attempt('http URL', () => new Worker(new URL('http://example.com/w.js')));
