// leaving for await early (break, return, throw) ends the iteration; the interface stays open until close() or end of input
const { Readable, PassThrough } = require('stream');
const readline = require('readline');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\nc\nd\n']) });
  let closeEvents = 0;
  rl.on('close', () => closeEvents++);
  for await (const line of rl) {
    console.log('line', line);
    if (line === 'b') break;
  }
  console.log('after break: line listeners', rl.listenerCount('line'));
  await new Promise((r) => setTimeout(r, 10));
  console.log('close events', closeEvents, 'closed', rl.closed);

  const pt = new PassThrough();
  const rl2 = readline.createInterface({ input: pt });
  async function findSecond() {
    for await (const line of rl2) {
      if (line === 'second') return line;
    }
    return null;
  }
  const found = findSecond();
  pt.write('first\nsecond\nthird\n');
  console.log('found', await found);
  rl2.close();
  console.log('rl2 closed', rl2.closed);

  const rl3 = readline.createInterface({ input: Readable.from(['x\ny\n']) });
  try {
    for await (const line of rl3) {
      throw new Error(`stop at ${line}`);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  // Closing the interface inside the loop ends it after the queued lines.
  const rl4 = readline.createInterface({ input: Readable.from(['1\n2\n3\n']) });
  for await (const line of rl4) {
    console.log('rl4', line);
    if (line === '1') rl4.close();
  }
  console.log('rl4 done, closed', rl4.closed);
})();
