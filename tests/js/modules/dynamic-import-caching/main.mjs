// dynamic import(): repeated imports (with different spellings of the same path) give the same namespace object and evaluate once
import * as staticNs from './mod.mjs';
const p1 = import('./mod.mjs');
const p2 = import('./mod.mjs');
console.log('promises are distinct objects:', p1 !== p2, p1 instanceof Promise);
const [a, b] = await Promise.all([p1, p2]);
console.log('same namespace:', a === b, a === staticNs);
const c = await import('./sub/../mod.mjs');
const d = await import(import.meta.url.replace(/main\.mjs$/, 'mod.mjs'));
console.log('other spellings:', c === a, d === a);
console.log('evaluations:', a.evaluations());
