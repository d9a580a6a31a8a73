// dynamic import(): a file with a syntax error (directly or in a dependency) rejects with a SyntaxError and evaluates nothing
globalThis.ran = [];
try {
  await import('./broken.mjs');
} catch (e) {
  console.log('direct:', e.name, e instanceof SyntaxError);
}
try {
  await import('./imports-broken.mjs');
} catch (e) {
  console.log('via dependency:', e.name);
}
try {
  await import('./bad-strict.mjs');
} catch (e) {
  console.log('module code is strict:', e.name);
}
try {
  await import('./dup-export.mjs');
} catch (e) {
  console.log('duplicate export:', e.name);
}
console.log('modules that ran:', JSON.stringify(globalThis.ran));
