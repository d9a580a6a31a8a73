// live bindings stay live through `export {}` re-exports, `export *` and renamed exports
import { n, bump } from './middle.mjs';
import { renamed } from './middle.mjs';
import * as star from './star.mjs';
console.log(n, renamed, star.n);
bump();
console.log(n, renamed, star.n);
bump();
console.log(n, renamed, star.n);
