// AsyncIterator.prototype[Symbol.asyncDispose] awaits this.return(); await using on an async generator closes it
// The expected `args 0` follows test262 (built-ins/AsyncIteratorPrototype/Symbol.asyncDispose/invokes-return.js: Call(return, O, « »)); Node 24 (V8) passes one undefined argument and prints `args 1`.
const log = [];
const AsyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}.prototype));
const asyncDispose = AsyncIteratorProto[Symbol.asyncDispose];
log.push('typeof ' + typeof asyncDispose + ', length ' + asyncDispose.length + ', name ' + asyncDispose.name);
log.push('no Symbol.dispose on AsyncIterator.prototype: ' + !(Symbol.dispose in AsyncIteratorProto));
async function* agen() {
  try {
    log.push('agen start');
    yield 1;
    yield 2;
  } finally {
    log.push('agen finally start');
    await null;
    log.push('agen finally end');
  }
}
(async () => {
  {
    await using it = agen();
    log.push('next ' + (await it.next()).value);
    log.push('block end');
  }
  log.push('after block');
  const custom = Object.create(AsyncIteratorProto);
  custom.return = function (...args) {
    log.push('custom return called, this ok ' + (this === custom) + ' args ' + args.length);
    return Promise.resolve({ done: true, value: 'ignored' });
  };
  const p = custom[Symbol.asyncDispose]();
  log.push('returns a promise ' + (p instanceof Promise));
  log.push('resolves to ' + (await p));
  const noReturn = Object.create(AsyncIteratorProto);
  log.push('without return resolves to ' + (await noReturn[Symbol.asyncDispose]()));
  const badReturn = Object.create(AsyncIteratorProto);
  badReturn.return = 'nope';
  await badReturn[Symbol.asyncDispose]().then(() => log.push('bad return resolved'), (e) => log.push('bad return rejected ' + e.name));
  const throwing = Object.create(AsyncIteratorProto);
  throwing.return = () => { throw new Error('sync throw'); };
  await throwing[Symbol.asyncDispose]().then(() => log.push('resolved'), (e) => log.push('sync throw becomes rejection: ' + e.message));
  const rejecting = Object.create(AsyncIteratorProto);
  rejecting.return = () => Promise.reject(new Error('rejected return'));
  await rejecting[Symbol.asyncDispose]().then(() => log.push('resolved'), (e) => log.push('rejection propagates: ' + e.message));
  try {
    await using it = agen();
    await it.next();
    throw new Error('body');
  } catch (e) {
    log.push('body error after closing generator: ' + e.message);
  }
  {
    await using it = agen();
    log.push('unstarted async generator');
  }
  log.push('end');
  console.log(log.join('\n'));
})();
