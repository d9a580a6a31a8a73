export const fromJs = 'lib/helper.js is ESM: ' + (typeof module === 'undefined');
