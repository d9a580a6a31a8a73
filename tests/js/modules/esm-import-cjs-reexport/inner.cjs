exports.inner = 'inner-value';
exports.deeper = require('./deeper.cjs').deeper;
