// AsyncDisposableStack errors: rejections and throws are aggregated as SuppressedError and reject disposeAsync
const log = [];
function describe(e) {
  if (e instanceof SuppressedError) return 'S(' + describe(e.error) + ', ' + describe(e.suppressed) + ')';
  return e instanceof Error ? e.message : String(e);
}
(async () => {
  const stack = new AsyncDisposableStack();
  stack.defer(async () => { log.push('run 1'); throw new Error('e1'); });
  stack.defer(() => { log.push('run 2 sync throw'); throw new Error('e2'); });
  stack.defer(async () => { log.push('run 3 ok'); });
  stack.use({ [Symbol.dispose]() { log.push('run 4 sync-only resource throws'); throw new Error('e4'); } });
  stack.defer(() => { log.push('run 5 returns rejected promise'); return Promise.reject(new Error('e5')); });
  try {
    await stack.disposeAsync();
  } catch (e) {
    log.push(describe(e));
  }
  log.push('disposed ' + stack.disposed);
  log.push('-- disposeAsync with an invalid this rejects instead of throwing');
  let p;
  try {
    p = AsyncDisposableStack.prototype.disposeAsync.call({});
    log.push('returned promise ' + (p instanceof Promise));
  } catch (e) {
    log.push('threw synchronously ' + e.name);
  }
  await p.then(() => log.push('resolved'), (e) => log.push('rejected ' + e.name));
  log.push('-- argument validation');
  const v = new AsyncDisposableStack();
  for (const [label, fn] of [
    ['use(1)', () => v.use(1)],
    ['use({})', () => v.use({})],
    ['use with only Symbol.dispose', () => v.use({ [Symbol.dispose]() {} })],
    ['adopt(x, not callable)', () => v.adopt({}, null)],
    ['defer(not callable)', () => v.defer(1)],
    ['AsyncDisposableStack() without new', () => AsyncDisposableStack()],
    ['use with DisposableStack this', () => AsyncDisposableStack.prototype.use.call(new DisposableStack(), null)],
  ]) {
    try {
      fn();
      log.push(label + ': no error');
    } catch (e) {
      log.push(label + ': ' + e.name);
    }
  }
  await v.disposeAsync();
  log.push('-- shape');
  const proto = AsyncDisposableStack.prototype;
  log.push('Symbol.asyncDispose is disposeAsync: ' + (proto[Symbol.asyncDispose] === proto.disposeAsync));
  log.push('has Symbol.dispose: ' + (Symbol.dispose in proto));
  log.push('toStringTag: ' + Object.prototype.toString.call(new AsyncDisposableStack()));
  log.push('methods: ' + ['use', 'adopt', 'defer', 'move', 'disposeAsync'].map((m) => m + '/' + proto[m].length).join(' '));
  log.push('own keys: ' + Reflect.ownKeys(proto).map(String).sort().join(' '));
  console.log(log.join('\n'));
})();
