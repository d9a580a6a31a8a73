// CommonJS errors: a throwing module is removed from require.cache and re-run on the next require; syntax errors and bad JSON are SyntaxErrors
const clean = (s) => s.replaceAll(__dirname, '<dir>');
for (let i = 1; i <= 2; i++) {
  try {
    require('./throws.js');
  } catch (e) {
    console.log(`attempt ${i}:`, e.name, e.message, 'cached:', require.resolve('./throws.js') in require.cache);
  }
}
console.log('throws.js ran', globalThis.throwRuns, 'times');
try {
  require('./syntax-error.js');
} catch (e) {
  console.log('syntax error:', e.name);
}
try {
  require('./bad.json');
} catch (e) {
  console.log('bad json:', e.name, clean(e.message).startsWith('<dir>/bad.json:'));
}
const partial = require('./partial-then-throw.js');
