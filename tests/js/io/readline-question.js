// rl.question() with a PassThrough as input and a Writable collecting the output: the prompt written, answers, nested questions, question after close
const { PassThrough, Writable } = require('stream');
const readline = require('readline');

const written = [];
const output = new Writable({
  write(chunk, encoding, callback) {
    written.push(chunk.toString());
    callback();
  },
});
const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: 'main> ' });
rl.on('line', (line) => console.log('line event:', JSON.stringify(line)));
const send = (text) => new Promise((resolve) => {
  input.write(text);
  setTimeout(resolve, 2);
});

(async () => {
  rl.question('What is your name? ', (name) => {
    console.log('name:', JSON.stringify(name), 'prompt now', JSON.stringify(rl.getPrompt()));
    rl.question('Age? ', (age) => console.log('age:', Number(age) + 1));
  });
  // Without a callback nothing is asked.
  rl.question('ignored without callback');
  await send('Ada Lovelace\n');
  await send('36\n');
  await send('no question pending\n');

  // A second question while one is pending only re-prompts; the first callback wins.
  rl.question('Q1? ', (a) => console.log('Q1 answer', a));
  rl.question('Q2? ', (a) => console.log('Q2 answer (never)', a));
  await send('both\nplain line\n');

  // Several lines in one chunk: the first answers, the rest are 'line' events.
  rl.question('Many? ', (a) => console.log('Many answer', a));
  await send('m1\nm2\nm3\n');

  rl.close();
  try {
    rl.question('after close? ', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log('written:', JSON.stringify(written));
})();
