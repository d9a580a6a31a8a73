// dynamic import(): computed specifiers (template strings, variables, objects with toString) choose the module at run time
const names = ['alpha', 'beta', 'alpha'];
for (const name of names) {
  const mod = await import(`./plugins/${name}.mjs`);
  console.log(name, mod.default(), mod.kind);
}
const spec = { toString() { return './plugins/beta.mjs'; } };
const viaObject = await import(spec);
console.log('toString specifier:', viaObject.kind);
const loaded = await Promise.all(['alpha', 'beta'].map((n) => import('./plugins/' + n + '.mjs')));
console.log(loaded.map((m) => m.kind).join(','));
// converting the specifier to a string happens inside import(), so a throwing toString rejects the promise
try {
  import({ toString() { throw new Error('bad specifier'); } }).catch((e) => console.log('rejected with', e.message));
} catch (e) {
  console.log('sync throw', e.message);
}
await new Promise((r) => setTimeout(r, 1));
