// CommonJS: module.exports vs exports: reassigning exports is lost, reassigning module.exports wins, `this` is module.exports
console.log('top-level this === module.exports:', this === module.exports, this === exports);
const r1 = require('./reassign-exports.js');
const r2 = require('./reassign-module-exports.js');
const r3 = require('./mixed.js');
const r4 = require('./primitive.js');
const r5 = require('./function-export.js');
console.log('reassign exports:', JSON.stringify(r1));
console.log('reassign module.exports:', JSON.stringify(r2));
console.log('mixed:', JSON.stringify(r3));
console.log('primitive:', r4, typeof r4);
console.log('function:', r5(), r5.extra);
console.log(typeof module, typeof module.id, module.loaded, Array.isArray(module.children), module.children.length);
console.log('child module.loaded seen after load:', require('./reports-loaded.js').loadedDuring);
