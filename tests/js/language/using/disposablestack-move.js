// DisposableStack.prototype.move transfers all resources to a new stack and marks the original disposed
const log = [];
const stack = new DisposableStack();
stack.defer(() => log.push('first'));
stack.defer(() => log.push('second'));
const moved = stack.move();
log.push('moved is a DisposableStack ' + (moved instanceof DisposableStack) + ' distinct ' + (moved !== stack));
log.push('original disposed ' + stack.disposed + ', moved disposed ' + moved.disposed);
stack.dispose();
log.push('disposing the original ran nothing');
moved.defer(() => log.push('added after move'));
moved.dispose();
log.push('-- move() on a disposed stack');
try {
  stack.move();
} catch (e) {
  log.push(e.name);
}
log.push('-- typical constructor pattern');
class Pair {
  #stack;
  constructor(fail) {
    using stack = new DisposableStack();
    this.a = stack.use({ [Symbol.dispose]() { log.push('dispose a'); } });
    if (fail) throw new Error('construction failed');
    this.b = stack.use({ [Symbol.dispose]() { log.push('dispose b'); } });
    this.#stack = stack.move();
    log.push('constructed');
  }
  [Symbol.dispose]() {
    this.#stack.dispose();
  }
}
{
  using p = new Pair(false);
  log.push('using pair');
}
try {
  new Pair(true);
} catch (e) {
  log.push('caught ' + e.message);
}
log.push('-- move of an empty stack');
const empty = new DisposableStack().move();
log.push('empty moved disposed ' + empty.disposed);
empty.dispose();
log.push('empty disposed ' + empty.disposed);
console.log(log.join('\n'));
