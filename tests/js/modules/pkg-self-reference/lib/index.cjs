module.exports = 'self index.cjs';
