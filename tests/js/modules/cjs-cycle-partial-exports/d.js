const c = require('./c.js');
const seen = Object.keys(c).map((k) => `${k}=${c[k]}`).join(';');
exports.seenFromC = seen;
module.exports = { replaced: true, seenFromC: seen };
