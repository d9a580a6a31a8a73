// `export *` cycles: two modules that `export *` from each other resolve without looping; each sees the other's names
import * as a from './a.mjs';
import * as b from './b.mjs';
console.log('a keys:', Object.keys(a).join(','));
console.log('b keys:', Object.keys(b).join(','));
console.log(a.fromB, b.fromA, a.fromA === b.fromA);
import * as c from './c.mjs';
console.log('c (star from itself):', Object.keys(c).join(','));
