// top-level await: awaiting import() of modules that themselves use TLA, in a loop and with Promise.all
console.log('main start');
const first = await import('./step.mjs');
console.log('first step value:', first.value);
const results = [];
for await (const mod of ['./a.mjs', './b.mjs'].map((s) => import(s))) {
  results.push(mod.name);
}
console.log('for await over imports:', results.join(','));
const all = await Promise.all([import('./a.mjs'), import('./b.mjs'), import('./step.mjs')]);
console.log('cached:', all[2] === first, all.map((m) => m.name ?? m.value).join(','));
