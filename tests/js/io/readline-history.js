// 'history' events with a terminal interface (input is a PassThrough): historySize, removeHistoryDuplicates, blank lines, up/down recall
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
const output = new PassThrough();
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  historySize: 3,
  removeHistoryDuplicates: true,
  history: ['old'],
});
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
const send = (text) => new Promise((resolve) => {
  input.write(text);
  setTimeout(resolve, 2);
});

(async () => {
  await send('one\r');
  await send('two\r');
  await send('one\r');
  await send('   \r'); // whitespace only: not added
  await send('\r'); // empty: not added
  await send('three\r');
  await send('four\r');
  // Up arrow twice recalls older entries, down once goes back.
  await send('\x1b[A\x1b[A\x1b[B\r');
  // A 'history' listener may drop the entry (e.g. a password): the line stays as typed.
  rl.once('history', (h) => h.shift());
  await send('secret\r');
  console.log('final', JSON.stringify(rl.history));

  const rl2 = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true, historySize: 0 });
  rl2.on('history', () => console.log('never'));
  rl2.on('line', (l) => console.log('rl2 line', l, JSON.stringify(rl2.history)));
  rl2.write('x\n');
  rl.close();
  rl2.close();
})();
