try {
  require('./throws.js');
} catch (e) {
  console.log('nested require caught:', e.message, 'runs now', globalThis.throwRuns);
}
