console.log('evaluating b.cjs');
exports.name = 'b.cjs';
