// ESM importing CJS: named exports detected statically: exports.x, module.exports.x, defineProperty with value, module.exports = { a, b }
import { a, b, c, viaDefine, 'quoted-name' as quoted } from './assignments.cjs';
import * as assignNs from './assignments.cjs';
import { x, y, z } from './literal.cjs';
import * as literalNs from './literal.cjs';
console.log(a, b, c, viaDefine, quoted);
console.log('assignments ns:', Object.keys(assignNs).join(','));
console.log(x, y, z);
console.log('literal ns:', Object.keys(literalNs).join(','));
const getterNs = await import('./getter.cjs');
console.log('getter with a non-reexport body is not detected:', Object.keys(getterNs).join(','), getterNs.default.getterName);
const dynamicOnly = await import('./dynamic-keys.cjs');
console.log('computed keys are not detected:', Object.keys(dynamicOnly).join(','), dynamicOnly.default.computed);
try {
  await import('./imports-undetected.mjs');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0].replaceAll(import.meta.dirname, '<dir>'));
}
