// helper module for the worker
exports.sum = (xs) => xs.reduce((a, b) => a + b, 0);
exports.product = (xs) => xs.reduce((a, b) => a * b, 1);
