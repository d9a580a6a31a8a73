// util.promisify.custom: the symbol, a custom promisified function is returned as is, and what a plain promisified function keeps from the original
const util = require('util');

console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(typeof util.promisify.custom, util.promisify.custom.toString());

function legacy(cb) { cb(null, 'from callback'); }
legacy[util.promisify.custom] = () => Promise.resolve('from custom');
const custom = util.promisify(legacy);
console.log(custom === legacy[util.promisify.custom]);
const desc = Object.getOwnPropertyDescriptor(custom, util.promisify.custom);
console.log(desc.value === custom, desc.enumerable, desc.writable, desc.configurable);
console.log(util.promisify(custom) === custom);
custom().then((v) => console.log('custom result:', v));

// A custom value that is not a function
function broken(cb) { cb(); }
broken[util.promisify.custom] = 'nope';
try {
  util.promisify(broken);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
// A falsy custom value is ignored
function zero(cb) { cb(null, 'plain'); }
zero[util.promisify.custom] = 0;
util.promisify(zero)().then((v) => console.log('falsy custom ignored:', v));

// Plain promisify: same prototype, own properties copied, result is idempotent
const protoParent = Object.create(Function.prototype);
protoParent.inherited = 'from proto';
function original(a, b, cb) { cb(null, a + b); }
original.flag = true;
Object.defineProperty(original, 'hidden', { value: 'non-enumerable' });
Object.setPrototypeOf(original, protoParent);
const promisified = util.promisify(original);
console.log(promisified.name, promisified.length, promisified.flag, promisified.hidden, promisified.inherited);
console.log(Object.getPrototypeOf(promisified) === protoParent);
console.log(Object.getOwnPropertyDescriptor(promisified, 'hidden').enumerable);
console.log(promisified[util.promisify.custom] === promisified, util.promisify(promisified) === promisified);
console.log(Object.keys(promisified));
promisified(2, 3).then((v) => console.log('sum:', v));

// An async function keeps its prototype (AsyncFunction.prototype)
async function asyncOriginal(cb) { cb(null, 1); }
const pa = util.promisify(asyncOriginal);
console.log(Object.getPrototypeOf(pa) === Object.getPrototypeOf(asyncOriginal), util.types.isAsyncFunction(pa));
