// Seed 003: the async generator version, unmodified. Each value is a promise a timer
// resolves a second later; `yield` awaits it, and `for await` takes one value per
// iteration, so 1 to 5 appear one second apart.
async function* asyncSequence(start, end) {
    for (let i = start; i <= end; i++) {
        yield new Promise((resolve, reject) => {
            setTimeout(() => {
                resolve(i);
            }, 1000);
        });
    }
}

(async () => {
    let seq = asyncSequence(1, 5);

    for await (const num of seq) {
        console.log(num);
    }
})();
