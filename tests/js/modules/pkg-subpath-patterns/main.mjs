// package resolution: subpath exports, "./*" and "./features/*.js" patterns, null targets excluding paths, longest pattern wins
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
const specs = [
  'kit',
  'kit/feature',
  'kit/utils/strings',
  'kit/utils/nested/deep',
  'kit/features/alpha.js',
  'kit/features/internal/secret.js',
  'kit/utils/private/key',
  'kit/package.json',
  'kit/missing-subpath',
];
for (const spec of specs) {
  try {
    const ns = await import(spec, spec.endsWith('.json') ? { with: { type: 'json' } } : undefined);
    console.log(spec, '->', ns.default?.name ?? ns.default);
  } catch (e) {
    console.log(spec, '->', e.code, clean(e.message));
  }
}
