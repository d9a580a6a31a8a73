// methods of a disposed DisposableStack throw ReferenceError, except dispose() (no-op) and the disposed getter
const log = [];
const stack = new DisposableStack();
stack.dispose();
for (const [label, fn] of [
  ['use(obj)', () => stack.use({ [Symbol.dispose]() {} })],
  ['use(null)', () => stack.use(null)],
  ['use(1) on disposed', () => stack.use(1)],
  ['adopt', () => stack.adopt(1, () => {})],
  ['adopt with bad callback', () => stack.adopt(1, 'x')],
  ['defer', () => stack.defer(() => {})],
  ['defer with bad callback', () => stack.defer('x')],
  ['move', () => stack.move()],
  ['dispose', () => stack.dispose()],
  ['Symbol.dispose', () => stack[Symbol.dispose]()],
  ['disposed', () => stack.disposed],
]) {
  try {
    log.push(label + ': returned ' + fn());
  } catch (e) {
    log.push(label + ': ' + e.name);
  }
}
log.push('-- a stack disposed while it is disposing');
const s2 = new DisposableStack();
s2.defer(() => {
  log.push('inner callback, disposed = ' + s2.disposed);
  try {
    s2.defer(() => {});
  } catch (e) {
    log.push('defer during dispose: ' + e.name);
  }
  log.push('nested dispose returns ' + s2.dispose());
});
s2.defer(() => log.push('last registered runs first'));
s2.dispose();
console.log(log.join('\n'));
