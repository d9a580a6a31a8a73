exports.kind = 'cjs-syntax.js is CommonJS: ' + (typeof module === 'object');
