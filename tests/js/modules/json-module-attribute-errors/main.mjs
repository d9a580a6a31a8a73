// JSON modules: a missing `type: 'json'` attribute, a wrong type and an unsupported type are errors with Node error codes
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
const show = (label) => (e) => console.log(label, e.name, e.code, clean(e.message));
await import('./data.json').then(() => console.log('no attribute: loaded?'), show('no attribute:'));
await import('./data.json', { with: { type: 'css' } }).then(() => console.log('css: loaded?'), show('unsupported type:'));
await import('./mod.mjs', { with: { type: 'json' } }).then(() => console.log('json on js: loaded?'), show('json type on JS:'));
await import('./static-missing.mjs').then(() => console.log('static missing: loaded?'), show('static without attribute:'));
try {
  await import('./data.json', { with: 'json' });
} catch (e) {
  console.log('options.with not an object:', e.name);
}
const ok = await import('./data.json', { with: { type: 'json' } });
console.log('with the attribute it works:', ok.default.ok);
