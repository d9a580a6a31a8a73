exports.lost = 1;
module.exports = { won: true };
exports.stillLost = 2;
