// package exports from CommonJS: "./*" patterns, a "type": "module" package with a "require" condition, and blocked subpaths
const clean = (s) => s.replaceAll(__dirname, '<dir>');
console.log(require('star-pkg/alpha'));
console.log(require('star-pkg/nested/beta'));
console.log(clean(require.resolve('star-pkg/alpha')));
console.log(require('modern').kind);
try {
  require('star-pkg/private/gamma');
} catch (e) {
  console.log(e.code, clean(e.message));
}
try {
  require('modern/internal.cjs');
} catch (e) {
  console.log(e.code, clean(e.message));
}
import('modern').then((ns) => console.log('import() of modern:', ns.kind));
