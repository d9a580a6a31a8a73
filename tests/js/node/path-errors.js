// path argument validation in both flavours: ERR_INVALID_ARG_TYPE codes and messages, which argument is checked first
const path = require('path');
function attempt(label, fn) {
  try {
    console.log(label, '->', JSON.stringify(fn()));
  } catch (err) {
    console.log(label, '!!', err instanceof TypeError, err.name, err.code, err.message);
  }
}
const bad = [undefined, null, 42, true, {}, [], () => {}, function named() {}, Symbol('s'), 10n, new Date(0),
  Object.create(null)];
for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  console.log(`--- ${flavour}`);
  for (const value of bad) {
    const shown = typeof value === 'function' ? `fn:${value.name || 'anon'}` : typeof value;
    for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse'])
      attempt(`${name}(${shown})`, () => p[name](value));
    attempt(`format(${shown})`, () => p.format(value));
    attempt(`join("a", ${shown})`, () => p.join('a', value));
    attempt(`resolve("a", ${shown}, "b")`, () => p.resolve('a', value, 'b'));
    attempt(`relative(${shown}, "a")`, () => p.relative(value, 'a'));
    attempt(`relative("a", ${shown})`, () => p.relative('a', value));
    attempt(`basename("a", ${shown})`, () => p.basename('a', value));
    attempt(`toNamespacedPath(${shown})`, () => { const r = p.toNamespacedPath(value); return r === value ? 'same value' : r; });
  }
  attempt('basename(1, 2) checks suffix first', () => p.basename(1, 2));
  attempt('relative(1, 2) checks from first', () => p.relative(1, 2));
  attempt('resolve(1, 2) checks the last first', () => p.resolve(1, 2));
  attempt('join(1, 2) checks the first first', () => p.join(1, 2));
  attempt('relative() no arguments', () => p.relative());
  attempt('format("x")', () => p.format('x'));
  attempt('format(long string)', () => p.format('a'.repeat(40)));
  attempt("format(\"it's\")", () => p.format("it's"));
  attempt('format(-0)', () => p.format(-0));
  attempt('format({ name: Symbol() })', () => p.format({ name: Symbol('n') }));
}
try { path.join(null); } catch (err) { console.log('own keys of the error:', Object.keys(err).join(','), typeof err.stack); }
