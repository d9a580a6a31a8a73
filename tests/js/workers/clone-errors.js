// Error objects (built-in types, cause, custom properties, subclasses) are cloned by postMessage in both directions
const { Worker, isMainThread, parentPort } = require('worker_threads');

class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}

function make() {
  const withCause = new Error('outer', { cause: new RangeError('inner') });
  const withProps = new TypeError('typed');
  withProps.code = 'E_CODE';
  return [
    new Error('plain'),
    new TypeError('type'),
    new RangeError('range'),
    new SyntaxError('syntax'),
    new ReferenceError('ref'),
    new EvalError('eval'),
    new URIError('uri'),
    withCause,
    withProps,
    new MyError('mine'),
    Object.assign(new Error('empty'), { message: '' }),
  ];
}

function describe(errors) {
  return errors.map((e) => [
    e instanceof Error,
    Object.prototype.toString.call(e),
    e.constructor.name,
    e.name,
    JSON.stringify(e.message),
    'cause' in e ? (e.cause instanceof Error ? 'cause ' + e.cause.name + ': ' + e.cause.message : 'cause ' + e.cause) : 'no cause',
    'code' in e ? 'code ' + e.code : 'no code',
    typeof e.stack,
  ].join(' | '));
}

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('worker saw:');
    for (const line of m.described) console.log(' ', line);
    console.log('main sees:');
    for (const line of describe(m.errors)) console.log(' ', line);
  });
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage(make());
} else {
  parentPort.on('message', (errors) => {
    parentPort.postMessage({ described: describe(errors), errors: make() });
    parentPort.close();
  });
}
