// CommonJS: the module wrapper allows top-level `return`, which ends the module early with exports set so far
const early = require('./early-return.js');
console.log(JSON.stringify(early));
const conditional = require('./conditional.js');
console.log(conditional.mode);
console.log('main continues');
if (early.before) return;
console.log('not printed');
