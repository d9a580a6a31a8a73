// terminal:true editing over a PassThrough: cursor keys, ctrl/meta editing keys, kill ring, undo; the escape sequences written and the resulting line
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
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
const send = (label, text) => new Promise((resolve) => {
  input.write(text);
  setTimeout(() => {
    console.log(label.padEnd(22), JSON.stringify(rl.line).padEnd(24), 'cursor', rl.cursor, JSON.stringify(written.splice(0).join('')));
    resolve();
  }, 2);
});

(async () => {
  console.log('terminal', rl.terminal);
  rl.prompt();
  await send('type', 'hello world');
  await send('left x3', '\x1b[D\x1b[D\x1b[D');
  await send('insert', '_');
  await send('home (ctrl+a)', '\x01');
  await send('right (ctrl+f)', '\x06');
  await send('end (ctrl+e)', '\x05');
  await send('word left (meta+b)', '\x1bb');
  await send('backspace', '\x7f');
  await send('delete (ctrl+d)', '\x04');
  await send('kill to end (ctrl+k)', '\x0b');
  await send('home', '\x1b[H');
  await send('yank (ctrl+y)', '\x19');
  await send('delete word (ctrl+w)', '\x17');
  await send('undo (ctrl+_)', '\x1f');
  await send('redo (ctrl+^)', '\x1e');
  await send('kill line (ctrl+u)', '\x15');
  await send('type emoji', 'a😀b');
  await send('left over emoji', '\x1b[D\x1b[D');
  await send('enter', '\r');
  console.log('cursor pos', JSON.stringify(rl.getCursorPos()));
  await send('ctrl+d on empty line', '\x04');
  console.log('closed', rl.closed);
})();
