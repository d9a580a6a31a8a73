// setPrompt/getPrompt/prompt() on a non-terminal output, rl.write() feeding lines, rl.line and rl.cursor, terminal flag
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
const rl = readline.createInterface({ input, output, prompt: 'first> ' });
const events = [];
rl.on('line', (l) => events.push(`line:${l}`));
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));

console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()));
console.log('line', JSON.stringify(rl.line), 'cursor', rl.cursor);
rl.prompt();
rl.setPrompt('second> ');
console.log('prompt', JSON.stringify(rl.getPrompt()));
rl.pause();
rl.prompt(); // resumes first
rl.prompt(true);
rl.write('typed\n');
rl.write('partial');
console.log('line after partial write', JSON.stringify(rl.line));
rl.write(' rest\r\nnext\rlast');
rl.write(undefined);
rl.pause();
rl.write('\n');
console.log('events', events.join(', '));
console.log('written', JSON.stringify(written));
rl.close();
console.log('closed', rl.closed);
