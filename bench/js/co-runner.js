// A co-style runner (as in the first two seed articles) driving generators that yield
// promises: each yield resumes through a promise reaction.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var TASKS = Math.max(2, Math.floor(200 * SCALE));
var STEPS = 1000;

function co(makeGenerator) {
  return new Promise(function (resolve, reject) {
    const gen = makeGenerator();
    function step(method, arg) {
      let result;
      try {
        result = gen[method](arg);
      } catch (e) {
        return reject(e);
      }
      if (result.done) return resolve(result.value);
      Promise.resolve(result.value).then(
        (v) => step('next', v),
        (e) => step('throw', e),
      );
    }
    step('next', undefined);
  });
}

function task(seed) {
  return co(function* () {
    let acc = seed;
    for (let i = 0; i < STEPS; i++) {
      if (i % 100 === 99) {
        try {
          yield Promise.reject(new Error('e' + i));
        } catch (e) {
          acc = (acc + e.message.length) % 1000003;
        }
      } else {
        acc = (acc * 7 + (yield Promise.resolve(i))) % 1000003;
      }
    }
    return acc;
  });
}

const all = [];
for (let t = 0; t < TASKS; t++) all.push(task(t));
Promise.all(all).then((rs) => console.log('checksum: ' + rs.reduce((a, b) => (a + b) % 1000003, 0)));
