console.log('b.cjs start');
require('./b-child.cjs');
console.log('b.cjs end');
