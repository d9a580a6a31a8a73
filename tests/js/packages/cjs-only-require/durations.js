// helper (CommonJS through the package.json without "type"): sums and formats durations with ms
const ms = require('ms');

exports.ms = ms;
exports.seconds = text => ms(text) / 1000;
exports.total = list => list.reduce((sum, text) => sum + ms(text), 0);
exports.pretty = list => ms(exports.total(list), { long: true });
