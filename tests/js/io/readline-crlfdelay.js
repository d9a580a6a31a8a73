// crlfDelay: a \n arriving long after a chunk ending in \r is a new empty line unless crlfDelay is larger (timing: 300 ms pause vs the 100 ms minimum)
const { PassThrough } = require('stream');
const readline = require('readline');

function options() {
  for (const crlfDelay of [undefined, 0, 50, 100, 250, Infinity]) {
    const rl = readline.createInterface({ input: new PassThrough(), crlfDelay });
    console.log('crlfDelay option', crlfDelay, '->', rl.crlfDelay);
    rl.close();
  }
}

async function run(crlfDelay) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay });
  const lines = [];
  rl.on('line', (l) => lines.push(JSON.stringify(l)));
  input.write('first\r');
  await new Promise((resolve) => setTimeout(resolve, 300));
  input.write('\nsecond\r');
  await new Promise((resolve) => setTimeout(resolve, 1));
  input.write('\nthird\n');
  await new Promise((resolve) => setTimeout(resolve, 1));
  rl.close();
  console.log('crlfDelay', crlfDelay, '->', lines.join(' '));
}

(async () => {
  options();
  await run(undefined);
  await run(5000);
  await run(Infinity);
})();
