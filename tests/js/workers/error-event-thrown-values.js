// what the parent's 'error' event receives when a worker throws non-Error values (string, number, plain object, null)
const { Worker } = require('worker_threads');

const cases = ['"a string"', '42', '({ code: 7, list: [1, 2] })', 'null', 'new RangeError("range")'];

async function run(src) {
  const w = new Worker('throw ' + src, { eval: true });
  const seen = [];
  w.on('error', (e) => seen.push(e));
  const code = await new Promise((resolve) => w.on('exit', resolve));
  return { seen, code };
}

(async () => {
  for (const src of cases) {
    const { seen, code } = await run(src);
    const e = seen[0];
    console.log(src, '=> errors:', seen.length, 'type:', typeof e, 'exit', code);
    if (e instanceof Error) console.log('  Error', e.name, e.message);
    else console.log(' ', e);
  }
})();
