console.log('fn.cjs evaluated');
module.exports = function greet() { return 'greetings'; };
module.exports.prop = 'p';
