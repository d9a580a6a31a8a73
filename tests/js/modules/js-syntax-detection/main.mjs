// .js files outside any "type" scope: ESM syntax makes a file an ES module (syntax detection), otherwise it is CommonJS
import { kind as esmKind } from './esm-syntax.js';
import cjs from './cjs-syntax.js';
import * as cjsNs from './cjs-syntax.js';
console.log(esmKind);
console.log(cjs.kind, Object.keys(cjsNs).join(','));
const tla = await import('./tla-syntax.js');
console.log(tla.kind);
