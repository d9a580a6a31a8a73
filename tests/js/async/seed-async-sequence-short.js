// Seed 003's asyncSequence with 10 ms instead of 1 s: for await takes one value per timer
// (the example itself, examples/seeds/003-async-sequence.js, is timed by tests/cli.rs).
async function* asyncSequence(start, end) {
    for (let i = start; i <= end; i++) {
        yield new Promise((resolve, reject) => {
            setTimeout(() => {
                resolve(i);
            }, 10);
        });
    }
}

(async () => {
    let seq = asyncSequence(1, 5);

    for await (const num of seq) {
        console.log(num);
    }
    console.log('done');
})();

console.log('script end');
