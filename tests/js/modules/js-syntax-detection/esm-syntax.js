export const kind = 'esm-syntax.js is an ES module: ' + (typeof module === 'undefined' && this === undefined);
