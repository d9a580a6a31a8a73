// ESM importing CJS: default is module.exports (any value type), the namespace has a 'default' key, CJS runs in import order
import fn from './fn.cjs';
import obj from './obj.cjs';
import prim from './prim.cjs';
import * as objNs from './obj.cjs';
import nothing from './empty.cjs';
console.log(typeof fn, fn(), fn.prop);
console.log(JSON.stringify(obj), obj === objNs.default);
console.log(prim, typeof prim);
console.log('empty module.exports:', JSON.stringify(nothing), Object.keys(await import('./empty.cjs')).join(','));
console.log('ns keys:', Object.keys(objNs).join(','));
const dyn = await import('./obj.cjs');
console.log('dynamic same ns:', dyn === objNs);
