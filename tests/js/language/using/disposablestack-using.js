// using stack = new DisposableStack(): the stack's callbacks run when the block exits, interleaved with other usings
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
{
  using before = res('before');
  using stack = new DisposableStack();
  stack.defer(() => log.push('stack defer 1'));
  stack.use(res('stack use'));
  using after = res('after');
  stack.defer(() => log.push('stack defer 2 (registered after "after")'));
  log.push('body');
}
log.push('-- shape');
log.push(typeof DisposableStack + ' ' + DisposableStack.length + ' ' + DisposableStack.name);
const proto = DisposableStack.prototype;
log.push('Symbol.dispose is dispose: ' + (proto[Symbol.dispose] === proto.dispose));
log.push('toStringTag: ' + proto[Symbol.toStringTag] + ' ' + Object.prototype.toString.call(new DisposableStack()));
log.push('methods: ' + ['use', 'adopt', 'defer', 'move', 'dispose'].map((m) => m + '/' + proto[m].length).join(' '));
log.push('own keys: ' + Reflect.ownKeys(proto).map(String).sort().join(' '));
const d = Object.getOwnPropertyDescriptor(proto, 'disposed');
log.push('disposed accessor: get ' + typeof d.get + ' set ' + typeof d.set + ' enumerable ' + d.enumerable);
class MyStack extends DisposableStack {}
const m = new MyStack();
m.defer(() => log.push('subclass callback'));
log.push('subclass move returns DisposableStack, not subclass: ' + (m.move() instanceof MyStack));
console.log(log.join('\n'));
