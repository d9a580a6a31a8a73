// dynamic import(): importing a file that does not exist rejects with ERR_MODULE_NOT_FOUND
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
try {
  await import('./does-not-exist.mjs');
  console.log('unexpected success');
} catch (e) {
  console.log(e.name, e.code);
  console.log(clean(e.message));
}
await import('./nested/missing.js').catch((e) => {
  console.log(e.code, clean(e.message));
});
// a missing module imported statically by an existing one
await import('./has-missing-dep.mjs').catch((e) => {
  console.log(e.code, clean(e.message));
});
