// readline.emitKeypressEvents: 'keypress' (sequence, key) for letters, control keys, escape sequences with modifiers, multi-byte characters, a lone ESC
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call does nothing
const keys = [];
input.on('keypress', (s, key) => {
  const flags = ['ctrl', 'meta', 'shift'].filter((f) => key[f]).join('+');
  keys.push(`${JSON.stringify(s)} name=${key.name} ${flags || '-'} seq=${JSON.stringify(key.sequence)}${key.code ? ` code=${key.code}` : ''}`);
});

(async () => {
  const send = (text) => new Promise((resolve) => {
    input.write(text);
    setTimeout(resolve, 2);
  });
  await send('aZ1 .');
  await send('\r\n\t\x7f\b\x03\x04\x1a');
  await send('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1bOA\x1bOP\x1b[15~\x1b[24;5~');
  await send('\x1b[1;5C\x1b[1;2D\x1b[1;3A\x1b[3~\x1b[5~\x1b[6~\x1b[2~\x1b[Z\x1b[200~\x1b[201~');
  await send('\x1bb\x1bf\x1b\x1b[A\x1b[[A\x1b[a\x1bOc\x1b[3^\x1b[3$');
  await send('é日😀');
  // A multi-byte character split across two writes.
  const euro = Buffer.from('€');
  await send(euro.subarray(0, 1));
  await send(euro.subarray(1));
  // A lone ESC becomes the escape key after the escape-code timeout (500 ms).
  input.write('\x1b');
  await new Promise((resolve) => setTimeout(resolve, 700));
  console.log(keys.join('\n'));
})();
