// AsyncDisposableStack.prototype.move transfers resources; the moved-from stack is disposed and throws ReferenceError
const log = [];
(async () => {
  const stack = new AsyncDisposableStack();
  stack.defer(async () => log.push('first'));
  stack.defer(async () => log.push('second'));
  const moved = stack.move();
  log.push('moved instanceof AsyncDisposableStack ' + (moved instanceof AsyncDisposableStack));
  log.push('original disposed ' + stack.disposed + ', moved disposed ' + moved.disposed);
  await stack.disposeAsync();
  log.push('original disposeAsync ran nothing');
  for (const [label, fn] of [
    ['move', () => stack.move()],
    ['use', () => stack.use(null)],
    ['adopt', () => stack.adopt(1, () => {})],
    ['defer', () => stack.defer(() => {})],
  ]) {
    try {
      fn();
    } catch (e) {
      log.push(label + ' on disposed: ' + e.name);
    }
  }
  await moved.disposeAsync();
  log.push('-- constructor pattern with await using');
  class Conn {
    #stack;
    static async open(fail) {
      await using stack = new AsyncDisposableStack();
      stack.defer(async () => log.push('close socket'));
      if (fail) throw new Error('handshake failed');
      stack.defer(async () => log.push('close session'));
      const c = new Conn();
      c.#stack = stack.move();
      return c;
    }
    async [Symbol.asyncDispose]() {
      await this.#stack.disposeAsync();
    }
  }
  {
    await using c = await Conn.open(false);
    log.push('connection open');
  }
  try {
    await Conn.open(true);
  } catch (e) {
    log.push('caught ' + e.message);
  }
  console.log(log.join('\n'));
})();
