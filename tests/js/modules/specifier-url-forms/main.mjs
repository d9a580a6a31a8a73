// specifiers: percent-encoding and spaces map to the same module, while ?query and #hash suffixes create separate instances
import { id as plain } from './my module.mjs';
import { id as encoded } from './my%20module.mjs';
const base = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);
console.log('space vs %20:', plain === encoded);
const absolute = await import(base + 'my%20module.mjs');
console.log('absolute file URL:', absolute.id === plain);
const q1 = await import('./my%20module.mjs?v=1');
const q1again = await import('./my%20module.mjs?v=1');
const q2 = await import('./my%20module.mjs?v=2');
const hash = await import('./my%20module.mjs#frag');
console.log('query instance differs:', q1.id !== plain, 'same query cached:', q1 === q1again, 'other query differs:', q2.id !== q1.id, 'hash differs:', hash.id !== plain);
console.log('import.meta.url keeps query:', q1.url.endsWith('/my%20module.mjs?v=1'), 'and hash:', hash.url.endsWith('#frag'));
console.log('evaluations:', globalThis.evaluations);
