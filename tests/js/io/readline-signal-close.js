// the signal option: aborting closes the interface ('pause' then 'close'), an already aborted signal closes it on the next tick
const { PassThrough } = require('stream');
const readline = require('readline');

const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
for (const ev of ['pause', 'close']) rl.on(ev, () => console.log('rl', ev));
console.log('before abort closed', rl.closed);
ac.abort();
console.log('after abort closed', rl.closed);

const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
for (const ev of ['pause', 'close']) rl2.on(ev, () => console.log('rl2', ev));
console.log('rl2 closed right away', rl2.closed);
process.nextTick(() => console.log('rl2 closed on next tick', rl2.closed));

// Closing first removes the abort listener: a later abort does nothing.
const ac3 = new AbortController();
const rl3 = readline.createInterface({ input: new PassThrough(), signal: ac3.signal });
rl3.on('close', () => console.log('rl3 close'));
rl3.close();
ac3.abort();
console.log('rl3 closed', rl3.closed);

// An interface iterated with for await ends when the signal aborts.
(async () => {
  const ac4 = new AbortController();
  const input = new PassThrough();
  const rl4 = readline.createInterface({ input, signal: ac4.signal });
  setTimeout(() => {
    input.write('a\nb\n');
    setTimeout(() => ac4.abort(), 2);
  }, 2);
  const got = [];
  for await (const line of rl4) got.push(line);
  console.log('rl4 lines', got, 'closed', rl4.closed);
})();
