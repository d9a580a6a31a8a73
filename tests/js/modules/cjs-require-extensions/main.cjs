// CommonJS: require of .js, .cjs, .json files, extension-less resolution, index.js directories and caching
const a = require('./lib/a.js');
const b = require('./lib/b.cjs');
const data = require('./lib/data.json');
const noExt = require('./lib/a');
const dataNoExt = require('./lib/data');
const dir = require('./lib/dir');
console.log(a.name, b.name, data.items.join('+'), dir.name);
console.log('same module object:', a === noExt, data === dataNoExt);
console.log('extension priority .js over .json:', require('./lib/both').from);
data.items.push('mutated');
console.log('json is cached & mutable:', require('./lib/data.json').items.length);
console.log('typeof require:', typeof require, typeof require.resolve, typeof require.cache);
