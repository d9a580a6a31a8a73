// ESM importing CJS with __esModule: Node still makes default = module.exports; the named 'default' is not unwrapped
import def, * as ns from './transpiled.cjs';
import { named, __esModule } from './transpiled.cjs';
console.log('default is module.exports:', typeof def, def.default, def.named);
console.log('named:', named, '__esModule named export:', __esModule);
console.log('ns keys:', Object.keys(ns).join(','));
console.log('ns.default === def:', ns.default === def);
