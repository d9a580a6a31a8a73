// Inline caches at global name reads and writes: var, function and lexical bindings, globalThis properties added, deleted, redefined and shadowed.
var counter = 0;
function bump() { counter = counter + 1; return counter; }
function readG() { return typeof later === 'undefined' ? 'undeclared' : later; }
for (let i = 0; i < 3; i++) bump();
console.log('var', counter, bump());

console.log('before', readG());
globalThis.later = 'property';
console.log('added', readG(), readG());
delete globalThis.later;
console.log('deleted', readG());
globalThis.later = 'again';
console.log('re-added', readG());
Object.defineProperty(globalThis, 'later', { get() { return 'accessor'; }, configurable: true });
console.log('accessor', readG(), readG());
Object.defineProperty(globalThis, 'later', { value: 'frozen', writable: false, configurable: true });
function writeLater(v) { 'use strict'; later = v; return later; }
try { writeLater(1); } catch (e) { console.log('read-only', e.constructor.name, readG()); }
Object.defineProperty(globalThis, 'later', { value: 'writable', writable: true, configurable: true });
console.log('writable', writeLater('w1'), writeLater('w2'));

// Lexical bindings shadow properties of the global object.
let shadow = 'lexical';
globalThis.shadow = 'property';
function readShadow() { return shadow; }
console.log('lexical', readShadow(), readShadow(), globalThis.shadow);
shadow = 'lexical 2';
console.log('lexical write', readShadow());
const fixed = 1;
function writeFixed() { fixed = 2; }
for (let i = 0; i < 2; i++) { try { writeFixed(); } catch (e) { console.log('const', e.constructor.name, fixed); } }

// Many global properties (the global object's table changes underneath the caches).
for (let i = 0; i < 300; i++) globalThis['g' + i] = i;
console.log('many', readG(), counter, readShadow());
for (let i = 0; i < 300; i += 2) delete globalThis['g' + i];
console.log('after deletes', readG(), bump(), readShadow(), typeof g1, typeof g2);

// A TDZ read through a cached site.
function readTdz() { return tdz; }
try { readTdz(); } catch (e) { console.log('tdz', e.constructor.name); }
let tdz = 'ready';
console.log('tdz after', readTdz(), readTdz());
