exports.kind = 'legacy.cjs is CJS: ' + (typeof module === 'object');
