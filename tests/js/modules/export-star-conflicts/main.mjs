// `export *` conflicts: a name exported by two different star sources is ambiguous and left out; local exports win; same binding twice is fine
import * as ns from './combined.mjs';
console.log(Object.keys(ns).join(','));
console.log('local wins:', ns.shadowed);
console.log('same binding via two paths:', ns.shared);
console.log('ambiguous in ns:', 'clash' in ns, ns.clash);
try {
  await import('./imports-ambiguous.mjs');
} catch (e) {
  console.log(e.name, e.message.replaceAll(import.meta.dirname, '<dir>'));
}
