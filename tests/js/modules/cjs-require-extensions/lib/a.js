console.log('evaluating a.js');
module.exports = { name: 'a.js' };
