// CommonJS: require.cache holds Module objects keyed by absolute filename; deleting an entry forces re-evaluation
const counter = require('./counter.js');
console.log('first', counter.id);
console.log('cached', require('./counter.js').id);
const key = require.resolve('./counter.js');
const keys = Object.keys(require.cache).map((k) => k.replace(__dirname, '<dir>'));
console.log('cache keys:', keys.join(', '));
const entry = require.cache[key];
console.log('entry.exports === counter:', entry.exports === counter, 'loaded:', entry.loaded, 'id is filename:', entry.id === key, 'filename:', entry.filename === key);
console.log('main in cache:', require.cache[__filename] === module);
delete require.cache[key];
const fresh = require('./counter.js');
console.log('after delete', fresh.id, 'new object:', fresh !== counter);
require.cache[key].exports = { id: 'patched' };
console.log('patched exports:', require('./counter.js').id);
require.cache[require.resolve('./fake.js')] = { exports: 'injected', loaded: true };
console.log('injected:', require('./fake.js'));
