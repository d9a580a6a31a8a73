// co loaded with require() from a .cjs file: module.exports aliases, co.wrap, thunks, arrays and nested objects of promises
const co = require('co');

console.log(typeof co, co.name, co.co === co, co.default === co, typeof co.wrap);
console.log('cached:', require('co') === co);
console.log('module is CommonJS:', typeof module, typeof exports, module.exports === exports);

const sleep = (ms, value) => new Promise(resolve => setTimeout(() => {
  console.log('  timer', ms, '->', value);
  resolve(value);
}, ms));

// A node-style callback function turned into a thunk.
function readLater(name, cb) {
  setTimeout(() => cb(null, name.toUpperCase()), 12);
}
const thunkify = fn => (...args) => done => fn(...args, done);
const read = thunkify(readLater);

co(function* () {
  const a = yield sleep(20, 'a');
  const [b, c] = yield [sleep(30, 'b'), sleep(10, 'c')];
  const nested = yield { d: sleep(5, 'd'), deep: { e: sleep(8, 'e'), f: 'plain' } };
  const r = yield read('file.txt');
  console.log('results', a, b, c, JSON.stringify(nested), r);

  const add = co.wrap(function* (x, y) {
    const sum = (yield Promise.resolve(x)) + (yield Promise.resolve(y));
    return sum * this.factor;
  });
  console.log('wrap with this:', yield add.call({ factor: 10 }, 2, 3));
  console.log('wrap keeps generator:', typeof add.__generatorFunction__);

  try {
    yield 42;
  } catch (err) {
    console.log('non-yieldable:', err.name, err.message.split(',')[0]);
  }
  return 'finished';
}).then(value => console.log('then:', value), err => console.log('failed:', err));

// A thunk whose callback receives an error.
co(function* () {
  try {
    yield done => setTimeout(() => done(new RangeError('thunk failed')), 300);
  } catch (err) {
    console.log('thunk error:', err.name, err.message);
  }
});
