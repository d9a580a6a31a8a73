// rl.question with an AbortSignal (callback API) and util.promisify(rl.question): abort cancels, an aborted signal never asks
const { PassThrough, Writable } = require('stream');
const readline = require('readline');
const util = require('util');

const written = [];
const output = new Writable({
  write(chunk, encoding, callback) {
    written.push(chunk.toString());
    callback();
  },
});
const input = new PassThrough();
const rl = readline.createInterface({ input, output });
rl.on('line', (line) => console.log('line event', JSON.stringify(line)));

(async () => {
  const ac = new AbortController();
  rl.question('Cancelled? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  input.write('goes to the line event\n');

  rl.question('Pre-aborted? ', { signal: AbortSignal.abort() }, (a) => console.log('never', a));
  rl.question('Real? ', { signal: new AbortController().signal }, (a) => console.log('answer', JSON.stringify(a)));
  input.write('yes\n');

  try {
    rl.question('bad', { signal: 'nope' }, () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }

  const question = util.promisify(rl.question).bind(rl);
  const p = question('Promisified? ');
  input.write('sure\n');
  console.log('promisified answer', await p);

  const ac2 = new AbortController();
  const p2 = question('Will abort? ', { signal: ac2.signal });
  ac2.abort(new Error('too slow'));
  try {
    await p2;
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message, 'cause:', e.cause.message);
  }
  try {
    await question('Already aborted? ', { signal: AbortSignal.abort('reason') });
  } catch (e) {
    console.log('rejected', e.name, 'cause:', e.cause);
  }
  rl.close();
  console.log('written', JSON.stringify(written));
})();
