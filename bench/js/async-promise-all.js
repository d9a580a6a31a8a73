// Many async functions joined by Promise.all, in several rounds.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var ROUNDS = Math.max(1, Math.floor(20 * SCALE));
var WIDTH = 10000;

async function work(i) {
  const a = await i;
  const b = await Promise.resolve(a * 2);
  return (a + b) % 1009;
}

async function main() {
  let total = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const tasks = [];
    for (let i = 0; i < WIDTH; i++) tasks.push(work(i + r));
    const results = await Promise.all(tasks);
    for (const v of results) total = (total + v) % 1000003;
  }
  return total;
}

main().then((t) => console.log('checksum: ' + t));
