// import.meta.resolve: relative, absolute URL, bare package and builtin specifiers resolve synchronously to URL strings
const base = 'file://' + import.meta.dirname;
const clean = (s) => s.replace(base, '<base>');
console.log(clean(import.meta.resolve('./lib/a.mjs')));
console.log(clean(import.meta.resolve('./lib/../lib/./b.mjs')));
console.log(clean(import.meta.resolve('./not-there.mjs')), '(missing files still resolve)');
console.log(clean(import.meta.resolve('pkg')));
console.log(clean(import.meta.resolve('pkg/extra')));
console.log(import.meta.resolve('node:module'));
console.log(typeof import.meta.resolve('./lib/a.mjs'));
try {
  import.meta.resolve('missing-package');
} catch (e) {
  console.log(e.code, clean(e.message.replaceAll(import.meta.dirname, '<dir>')));
}
