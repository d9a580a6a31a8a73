// CJS requiring ESM without a default export: require() returns the very namespace object import() gives, frozen and sorted
const ns = require('./lib.mjs');
console.log(Object.keys(ns).join(','), ns[Symbol.toStringTag], Object.isExtensible(ns));
console.log(ns.sum(2, 3), ns.VERSION);
ns.setVersion('2.0');
console.log('live binding through require():', ns.VERSION);
const { sum, VERSION } = require('./lib.mjs');
console.log('destructured (snapshot):', sum(1, 1), VERSION);
import('./lib.mjs').then((viaImport) => console.log('same as import():', viaImport === ns));
