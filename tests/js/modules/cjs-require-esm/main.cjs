// CJS requiring ESM: require() of an .mjs returns its namespace object (synchronously evaluated, cached, same as import())
console.log('before require');
const ns = require('./esm.mjs');
console.log('after require');
console.log(Object.prototype.toString.call(ns), Object.keys(ns).join(','));
console.log(ns.default, ns.named, ns.fn());
console.log('cached:', require('./esm.mjs') === ns);
const dep = require('./uses-dep.mjs');
console.log('esm with deps:', dep.combined);
import('./esm.mjs').then((viaImport) => console.log('import() gives the same namespace:', viaImport === ns));
