// An async generator read with `for await`, traced: every `yield` suspends the generator
// with a request queued by the loop, and each value arrives through the job queue. Run it
// with `spindle --trace-async=- async-generator.js`.
async function* ticks(count) {
  for (let i = 1; i <= count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield i;
  }
}

async function main() {
  let sum = 0;
  for await (const n of ticks(3)) {
    console.log('tick', n);
    sum += n;
  }
  console.log('sum', sum);
}

main();
