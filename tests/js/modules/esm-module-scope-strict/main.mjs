// ES module scope: strict mode, top-level this is undefined, declarations stay module-local, `arguments`/`await` identifiers
import './other.mjs';
var topVar = 1;
function topFn() {}
let topLet = 2;
console.log('this:', this);
console.log('strict:', (function () { return this; })() === undefined);
console.log('globals:', 'topVar' in globalThis, 'topFn' in globalThis, 'topLet' in globalThis);
console.log('other module sees main vars:', globalThis.otherSaw);
console.log('typeof arguments:', typeof arguments);
try {
  undeclared = 5;
} catch (e) {
  console.log('implicit global assignment:', e.name);
}
try {
  Object.defineProperty({}, 'x', { value: 1 }).x = 2;
} catch (e) {
  console.log('write to read-only property:', e.name);
}
const bad = ['with ({}) {}', 'delete topVar;', 'var eval = 1;', 'return 1;', 'var await = 1;', 'let yield = 1;', '010;'];
for (const src of bad) {
  try {
    new Function('"use strict";' + src);
    console.log(JSON.stringify(src), 'ok in strict function');
  } catch (e) {
    console.log(JSON.stringify(src), e.name);
  }
}
for (const file of ['with', 'return', 'octal', 'await-ident']) {
  await import(`./bad/${file}.mjs`).then(() => console.log(file, 'loaded'), (e) => console.log('module', file, e.name));
}
