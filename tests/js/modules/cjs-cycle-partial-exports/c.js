exports.early = 'c-early';
const d = require('./d.js');
exports.dSnapshot = d;
