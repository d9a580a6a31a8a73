// package "imports" from CommonJS: require('#x') maps via the nearest package.json, including a package's own private imports
const clean = (s) => s.replaceAll(__dirname, '<dir>');
console.log(require('#utils'));
console.log(require('#lib/format').format('x'));
console.log('inside a dependency:', require('dep-with-imports'));
console.log('resolve:', clean(require.resolve('#utils')));
try {
  require('#nope');
} catch (e) {
  console.log(e.code, clean(e.message));
}
