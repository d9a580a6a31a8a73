try {
  const ns = require('./main.mjs');
  console.log('bridge got main namespace with keys', Object.keys(ns));
} catch (e) {
  console.log('bridge:', e.name, e.code);
}
exports.fromCjs = 'cjs export';
