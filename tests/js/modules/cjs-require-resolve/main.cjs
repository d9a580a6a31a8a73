// CommonJS: require.resolve of relative paths, directories, packages, builtins and the `paths` option; MODULE_NOT_FOUND errors
const clean = (s) => s.replaceAll(__dirname, '<dir>');
console.log(clean(require.resolve('./lib/thing')));
console.log(clean(require.resolve('./lib/thing.js')));
console.log(clean(require.resolve('./lib')));
console.log(clean(require.resolve('./lib/data')));
console.log(clean(require.resolve('pkg')));
console.log(require.resolve('node:module'), require.resolve('module'));
console.log('evaluated by resolve?', globalThis.thingLoaded === true);
try {
  require.resolve('./nope');
} catch (e) {
  console.log(e.code, e.name, clean(e.message.split('\n')[0]));
}
try {
  require('./nope.js');
} catch (e) {
  console.log(e.code, clean(e.message.split('\n')[0]));
  console.log('requireStack:', JSON.stringify(e.requireStack.map(clean)));
}
try {
  require('no-such-package');
} catch (e) {
  console.log(e.code, clean(e.message.split('\n')[0]));
}
try {
  require('./lib/requires-missing.js');
} catch (e) {
  console.log(e.code, clean(e.message.split('\n')[0]));
  console.log('requireStack:', JSON.stringify(e.requireStack.map(clean)));
}
