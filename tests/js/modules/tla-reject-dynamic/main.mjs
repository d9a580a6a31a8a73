// top-level await: a module whose TLA rejects makes import() reject with that error, every time
const first = await import('./bad.mjs').then(
  () => 'fulfilled',
  (e) => `rejected: ${e.name}: ${e.message} (custom=${e.custom})`,
);
console.log(first);
let sameError;
try {
  await import('./bad.mjs');
} catch (e) {
  console.log('second import rejected too:', e.message);
  sameError = e;
}
await import('./bad.mjs').catch((e) => console.log('third: same error object', e === sameError));
await import('./imports-bad.mjs').catch((e) => console.log('importer of bad rejected:', e.message, e === sameError));
console.log('bad.mjs top level ran', globalThis.badRuns, 'time(s)');
