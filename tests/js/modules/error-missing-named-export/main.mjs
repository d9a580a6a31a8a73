// linking errors: importing a name a module does not export is a SyntaxError naming the export and module; nothing is evaluated
globalThis.evaluated = [];
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
for (const file of ['./wants-missing.mjs', './wants-missing-default.mjs', './reexports-missing.mjs', './nested/wants-missing.mjs']) {
  try {
    await import(file);
    console.log(file, 'loaded');
  } catch (e) {
    console.log(file, e.name, e instanceof SyntaxError);
    console.log('  ', clean(e.message));
  }
}
console.log('evaluated:', JSON.stringify(globalThis.evaluated));
const ok = await import('./provider.mjs');
console.log('provider exports:', Object.keys(ok).join(','));
