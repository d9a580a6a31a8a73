// readline/promises Readline: queued cursorTo/moveCursor/clearLine/clearScreenDown sent by commit(), rollback(), autoCommit, argument errors
const { Writable } = require('stream');
const { Readline } = require('readline/promises');

const written = [];
const out = new Writable({
  write(chunk, encoding, callback) {
    written.push(JSON.stringify(chunk.toString()));
    callback();
  },
});

(async () => {
  const rl = new Readline(out);
  const same = rl.cursorTo(0).cursorTo(4, 2).moveCursor(3, -1).moveCursor(0, 0).moveCursor(-2, 4)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('chainable', same === rl, 'written before commit', written.length);
  const p = rl.commit();
  console.log('commit returns a promise', p instanceof Promise);
  console.log('resolved with', await p);
  console.log('written', written.splice(0).join(' '));

  rl.cursorTo(9).clearScreenDown();
  console.log('rollback returns this', rl.rollback() === rl);
  await rl.commit();
  console.log('after rollback commit', written.splice(0).join(' '));

  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(1).clearLine(0);
  console.log('autoCommit, same tick', written.length);
  await new Promise((resolve) => process.nextTick(resolve));
  console.log('autoCommit, next tick', written.splice(0).join(' '));

  const attempts = [
    ['not a stream', () => new Readline({})],
    ['autoCommit not boolean', () => new Readline(out, { autoCommit: 'yes' })],
    ['cursorTo(1.5)', () => rl.cursorTo(1.5)],
    ['cursorTo(1, "2")', () => rl.cursorTo(1, '2')],
    ['clearLine(2)', () => rl.clearLine(2)],
    ['clearLine("0")', () => rl.clearLine('0')],
    ['moveCursor(1, "x")', () => rl.moveCursor(1, 'x')],
    ['moveCursor(0.5, 1)', () => rl.moveCursor(0.5, 1)],
  ];
  for (const [label, fn] of attempts) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
  rl.rollback();
  console.log('methods', Object.getOwnPropertyNames(Readline.prototype).join(', '));
})();
