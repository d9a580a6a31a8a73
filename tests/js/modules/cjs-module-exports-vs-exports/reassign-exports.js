exports.kept = 1;
exports = { lost: true };
exports.alsoLost = 2;
