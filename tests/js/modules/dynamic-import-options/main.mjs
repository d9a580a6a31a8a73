// dynamic import(): validation of the options argument happens asynchronously (rejections, not throws)
const cases = [
  ['undefined options', () => import('./mod.mjs', undefined)],
  ['empty object', () => import('./mod.mjs', {})],
  ['with: undefined', () => import('./mod.mjs', { with: undefined })],
  ['options is a string', () => import('./mod.mjs', 'json')],
  ['with is a number', () => import('./mod.mjs', { with: 1 })],
  ['attribute value not a string', () => import('./data.json', { with: { type: 1 } })],
];
for (const [label, run] of cases) {
  let p;
  try {
    p = run();
  } catch (e) {
    console.log(label, 'threw synchronously', e.name);
    continue;
  }
  await p.then(
    (ns) => console.log(label, 'fulfilled', Object.keys(ns).join(',')),
    (e) => console.log(label, 'rejected', e.name),
  );
}
