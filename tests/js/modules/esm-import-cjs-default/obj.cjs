console.log('obj.cjs evaluated');
exports.a = 1;
exports.b = 'two';
