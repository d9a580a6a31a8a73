// evaluation errors: a module that throws while evaluating rejects every import() with the same error and is not re-run
let first;
try {
  await import('./throws.mjs');
} catch (e) {
  first = e;
  console.log('first:', e.name, e.message);
}
try {
  await import('./throws.mjs');
} catch (e) {
  console.log('second: same error object:', e === first);
}
try {
  await import('./imports-throws.mjs');
} catch (e) {
  console.log('importer: same error object:', e === first);
}
try {
  await import('./throws-primitive.mjs');
} catch (e) {
  console.log('thrown primitive:', typeof e, e);
}
console.log('throws.mjs evaluated', globalThis.runs, 'time(s)');
const partial = await import('./sibling-ok.mjs');
console.log('unrelated module still loads:', partial.ok);
