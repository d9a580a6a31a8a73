// an 'error' on the input stream is re-emitted by the interface, and rejects a for await loop over it
const { PassThrough } = require('stream');
const readline = require('readline');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('error', (e) => console.log('rl error event', e.message));
  rl.on('line', (l) => console.log('line', l));
  input.write('before error\n');
  await new Promise((resolve) => setTimeout(resolve, 2));
  input.emit('error', new Error('disk on fire'));
  rl.close();

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  setTimeout(() => {
    input2.write('one\ntwo\n');
    setTimeout(() => input2.destroy(new Error('broken pipe')), 2);
  }, 2);
  const got = [];
  try {
    for await (const line of rl2) got.push(line);
    console.log('not reached');
  } catch (e) {
    console.log('for await rejected', e.message, 'after', got);
  }
  rl2.close();
})();
