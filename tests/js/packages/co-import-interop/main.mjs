// default import of the CommonJS package co from ESM: namespace shape, identity with createRequire and dynamic import()
import co from 'co';
import * as coNs from 'co';
import { default as coAgain } from 'co';
import { createRequire } from 'node:module';

console.log('default is module.exports:', typeof co, co.name);
console.log('namespace keys:', Object.keys(coNs));
console.log('namespace tag:', Object.prototype.toString.call(coNs));
console.log('same object:', coNs.default === co, coAgain === co);

const require = createRequire(import.meta.url);
const required = require('co');
console.log('createRequire gives the same instance:', required === co);
console.log('aliases:', required.co === co, required.default === co);

const dyn = await import('co');
console.log('dynamic import namespace is the same:', dyn === coNs, dyn.default === co);

// Named export 'wrap' is not statically detectable in co, so it is only reachable via the default.
const { wrap } = co;
const double = wrap(function* (n) {
  const v = yield new Promise(resolve => setTimeout(() => resolve(n), 10));
  return v * 2;
});
console.log('wrap via default:', await double(21));

const results = await co(function* () {
  const order = [];
  const tick = (label, ms) => new Promise(resolve => setTimeout(() => { order.push(label); resolve(label); }, ms));
  const all = yield { slow: tick('slow', 40), fast: tick('fast', 10), list: [tick('mid', 25), 'literal'] };
  return { all, order };
});
console.log(results);
