// util.callbackify argument validation and name/length handling of odd originals
const util = require('util');

for (const bad of [undefined, null, 'f', 1, {}]) {
  try {
    util.callbackify(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const cb = util.callbackify(async (a) => a);
for (const lastArg of [undefined, 'not a function', 1]) {
  try {
    cb('value', lastArg);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  cb();
} catch (e) {
  console.log(e.code, e.message);
}

async function named(a, b, c) {}
named.extra = 'copied';
const c1 = util.callbackify(named);
console.log(c1.name, c1.length, c1.extra, Object.keys(c1));

const odd = async () => {};
Object.defineProperty(odd, 'name', { value: 42 });
Object.defineProperty(odd, 'length', { value: 'many' });
const c2 = util.callbackify(odd);
console.log(c2.name, c2.length);

const anon = util.callbackify(async function () {});
console.log(JSON.stringify(anon.name), anon.length);

// The error seen by the callback when the promise rejects with a falsy value
util.callbackify(async () => { throw 0; })((err, v) => {
  console.log(err instanceof Error, err.name, err.code, err.message, err.reason, v);
});
