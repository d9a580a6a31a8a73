console.log('prim.cjs evaluated');
module.exports = 'a string';
