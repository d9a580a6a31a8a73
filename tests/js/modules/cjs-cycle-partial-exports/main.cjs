// CommonJS cycles: a requires b, b requires a and sees a's partial exports; module.exports reassignment after the cycle is not seen
console.log('main starting');
const a = require('./a.js');
const b = require('./b.js');
console.log('in main, a.done = %s, b.done = %s', a.done, b.done);
const c = require('./c.js');
console.log('d exports:', require('./d.js').seenFromC, require('./d.js').replaced, 'c.dSnapshot is the final d:', c.dSnapshot === require('./d.js'));
