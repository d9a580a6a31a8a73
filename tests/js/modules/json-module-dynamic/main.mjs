// JSON modules: dynamic import with { with: { type: 'json' } }, named imports are not available, invalid JSON is a SyntaxError
const ns = await import('./package-info.json', { with: { type: 'json' } });
console.log(ns[Symbol.toStringTag], Object.keys(ns).join(','), ns.default.title);
console.log('named property on ns:', ns.title);
try {
  await import('./named.mjs');
} catch (e) {
  console.log('named import from JSON:', e.name);
}
try {
  await import('./invalid.json', { with: { type: 'json' } });
} catch (e) {
  console.log('invalid JSON:', e.name);
}
const results = await Promise.allSettled([
  import('./package-info.json', { with: { type: 'json' } }),
  import('./package-info.json', { with: { type: 'json' } }),
]);
console.log(results.map((r) => r.status).join(','), results[0].value === results[1].value);
