// dynamic import(): called from a CommonJS module, resolves relative to the CJS file and can load ESM, CJS and JSON-less modules
console.log('cjs start, typeof require =', typeof require);
import('./esm.mjs').then((ns) => {
  console.log('esm:', ns.greet('cjs'), ns.default);
  return import('./lib/helper.cjs');
}).then((ns) => {
  console.log('cjs via import():', Object.keys(ns).join(','), ns.default.name, ns.name);
  return import('./esm.mjs');
}).then((again) => {
  console.log('cached:', again.count());
});
console.log('cjs end (import is async)');
