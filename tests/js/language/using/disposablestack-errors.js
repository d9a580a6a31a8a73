// errors thrown by DisposableStack callbacks: all callbacks still run and the errors are aggregated as SuppressedError
const log = [];
function describe(e) {
  if (e instanceof SuppressedError) return 'S(' + describe(e.error) + ', ' + describe(e.suppressed) + ')';
  return e instanceof Error ? e.message : String(e);
}
const stack = new DisposableStack();
stack.defer(() => { log.push('run 1'); throw new Error('e1'); });
stack.defer(() => { log.push('run 2'); });
stack.defer(() => { log.push('run 3'); throw new Error('e3'); });
stack.defer(() => { log.push('run 4'); throw new Error('e4'); });
try {
  stack.dispose();
} catch (e) {
  log.push(describe(e));
}
log.push('disposed after failure ' + stack.disposed);
const single = new DisposableStack();
const err = new TypeError('only');
single.defer(() => { throw err; });
try {
  single.dispose();
} catch (e) {
  log.push('single error unchanged ' + (e === err));
}
log.push('-- a using of a stack whose dispose throws, with a body error');
try {
  using s = new DisposableStack();
  s.defer(() => { throw new Error('from stack'); });
  throw new Error('body');
} catch (e) {
  log.push(describe(e));
}
log.push('-- argument validation');
const v = new DisposableStack();
for (const [label, fn] of [
  ['use(1)', () => v.use(1)],
  ['use({})', () => v.use({})],
  ['use({ [Symbol.dispose]: 1 })', () => v.use({ [Symbol.dispose]: 1 })],
  ['adopt(x, not callable)', () => v.adopt({}, 'nope')],
  ['defer(not callable)', () => v.defer({})],
  ['DisposableStack() without new', () => DisposableStack()],
  ['dispose with wrong this', () => DisposableStack.prototype.dispose.call({})],
  ['disposed getter with wrong this', () => Object.getOwnPropertyDescriptor(DisposableStack.prototype, 'disposed').get.call({})],
  ['use with AsyncDisposableStack this', () => DisposableStack.prototype.use.call(new AsyncDisposableStack(), null)],
]) {
  try {
    fn();
    log.push(label + ': no error');
  } catch (e) {
    log.push(label + ': ' + e.name);
  }
}
v.dispose();
console.log(log.join('\n'));
