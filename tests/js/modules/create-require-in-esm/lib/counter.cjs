console.log('counter.cjs evaluated');
exports.count = 1;
