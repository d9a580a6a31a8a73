// package resolution: conditional exports: import and require pick different files; nested node/default conditions; order matters
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import dual from 'dual';
const required = require('dual');
console.log('import ->', dual.format, '| require ->', required.format);
console.log('two separate module instances:', dual !== required);
import nested from 'dual/nested';
console.log('nested import ->', nested, '| nested require ->', require('dual/nested'));
import ordered from 'dual/ordered';
console.log('first matching condition wins:', ordered);
import fallback from 'dual/fallback';
console.log('default condition:', fallback, require('dual/fallback'));
