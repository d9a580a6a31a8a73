// package resolution from CommonJS: require uses the "require" condition, import() uses "import"; an import-only package cannot be required
const clean = (s) => s.replaceAll(__dirname, '<dir>');
const viaRequire = require('dual-cjs');
console.log('require ->', viaRequire.which);
console.log('require.resolve ->', clean(require.resolve('dual-cjs')));
try {
  require('esm-only');
} catch (e) {
  console.log('require esm-only:', e.code, clean(e.message));
}
import('dual-cjs').then((ns) => {
  console.log('import() ->', ns.which, ns.default.which);
  return import('esm-only');
}).then((ns) => console.log('import() esm-only ->', ns.default));
