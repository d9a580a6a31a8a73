// readline/promises: question() returns a promise, AbortSignal rejects with AbortError (pending or already aborted), end of input and close
const { PassThrough, Writable } = require('stream');
const readlinePromises = require('readline/promises');

const written = [];
const output = new Writable({
  write(chunk, encoding, callback) {
    written.push(chunk.toString());
    callback();
  },
});

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output });
  rl.on('line', (line) => console.log('line event', JSON.stringify(line)));

  const p = rl.question('Colour? ');
  console.log('is promise', p instanceof Promise);
  input.write('blue\nextra line\n');
  console.log('answer', await p);

  const ac = new AbortController();
  const pending = rl.question('Pending? ', { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try {
    await pending;
  } catch (e) {
    console.log('pending rejected', e.name, e.code, e.message, e.cause.name);
  }

  try {
    await rl.question('Pre-aborted? ', { signal: AbortSignal.abort('already') });
  } catch (e) {
    console.log('pre-aborted rejected', e.name, e.cause);
  }

  try {
    await rl.question('Bad? ', { signal: {} });
  } catch (e) {
    console.log('bad signal', e.name, e.code);
  }

  const again = rl.question('Again? ');
  input.write('green\n');
  console.log('answer after abort', await again);

  rl.close();
  try {
    await rl.question('Closed? ');
  } catch (e) {
    console.log('closed', e.name, e.code, e.message);
  }
  console.log('written', JSON.stringify(written));
  console.log('instanceof', rl instanceof readlinePromises.Interface, typeof readlinePromises.Readline);
})();
