// createRequire from 'node:module' inside an .mjs: resolves relative to the given URL/path, loads CJS and JSON, shares the cache
import { createRequire } from 'node:module';
import * as moduleNs from 'module';
import cjsDefault from './lib/counter.cjs';
const require = createRequire(import.meta.url);
console.log(typeof require, typeof require.resolve, typeof require.cache);
const counter = require('./lib/counter.cjs');
console.log('same object as static import:', counter === cjsDefault, counter.count);
const json = require('./lib/data.json');
console.log('json:', json.answer);
console.log('resolve:', require.resolve('./lib/data.json').replace(import.meta.dirname, '<dir>'));
try {
  const subRequire = createRequire(import.meta.dirname + '/lib/');
  console.log('directory base (trailing slash):', subRequire('./counter.cjs') === counter);
} catch (e) {
  console.log('directory base (trailing slash) failed:', e.code);
}
const fileRequire = createRequire(import.meta.dirname + '/lib/anything.js');
console.log('file path base:', fileRequire('./data.json') === json);
console.log('node:module exports createRequire:', moduleNs.createRequire === createRequire, typeof moduleNs.default);
try {
  createRequire('relative/path');
} catch (e) {
  console.log('relative path rejected:', e.code);
}
