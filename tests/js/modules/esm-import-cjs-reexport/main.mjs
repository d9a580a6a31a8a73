// ESM importing CJS: `module.exports = require('./x')` and `__exportStar`-free reexports are detected, transitively
import { inner, deeper } from './outer.cjs';
import * as outer from './outer.cjs';
console.log(inner, deeper);
console.log(Object.keys(outer).join(','));
console.log('default is the inner exports object:', outer.default.inner);
