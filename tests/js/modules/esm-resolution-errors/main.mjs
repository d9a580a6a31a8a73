// ESM resolution errors: directory import (ERR_UNSUPPORTED_DIR_IMPORT), missing package and missing extension (ERR_MODULE_NOT_FOUND)
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
const specs = [
  './lib',
  './lib/',
  'missing-package',
  '@missing/scoped',
  './lib/file',
  'present/not-a-file.js',
  'no-entry',
];
for (const spec of specs) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, '=>', e.name, e.code);
    console.log('  ', clean(e.message));
  }
}
console.log('explicit file works:', (await import('./lib/file.mjs')).default);
