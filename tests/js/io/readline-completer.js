// tab completion on a terminal interface: a sync completer (callback-wrapped), common prefix insertion, listing on double tab, completer errors
const { PassThrough, Writable } = require('stream');
const readline = require('readline');

const words = ['apple', 'apricot', 'avocado', 'banana'];
const written = [];
const output = new Writable({
  write(chunk, encoding, callback) {
    written.push(chunk.toString());
    callback();
  },
});
output.columns = 30;

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({
    input,
    output,
    terminal: true,
    completer(line) {
      const hits = words.filter((w) => w.startsWith(line));
      return [hits.length ? hits : words, line];
    },
  });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  const send = (label, text) => new Promise((resolve) => {
    input.write(text);
    setTimeout(() => {
      console.log(label.padEnd(12), JSON.stringify(rl.line), JSON.stringify(written.splice(0).join('')));
      resolve();
    }, 2);
  });
  await send('type a', 'a');
  await send('tab', '\t');
  await send('tab again', '\t');
  await send('type p', 'p');
  await send('tab', '\t');
  await send('type r', 'r');
  await send('tab', '\t');
  await send('enter', '\r');
  rl.close();

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({
    input: input2,
    output,
    terminal: true,
    completer(line, callback) {
      callback(new Error(`cannot complete ${line}`));
    },
  });
  input2.write('x\t');
  await new Promise((resolve) => setTimeout(resolve, 2));
  console.log('error written', JSON.stringify(written.splice(0).join('').split('\n')[0]));
  rl2.close();
})();
