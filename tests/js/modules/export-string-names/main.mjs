// arbitrary module namespace names: `export { x as "a-b" }`, `import { "a-b" as y }` and re-exporting string names
import { "a-b" as dashed, "with space" as spaced, "😀" as emoji, plain } from './names.mjs';
import { "a-b" as again, "re exported" as re } from './reexport.mjs';
import * as ns from './names.mjs';
console.log(dashed, spaced, emoji, plain, again, re);
console.log(Object.keys(ns).join('|'));
console.log(ns['a-b'], ns['with space']);
const dyn = await import('./reexport.mjs');
console.log(Object.keys(dyn).join('|'));
