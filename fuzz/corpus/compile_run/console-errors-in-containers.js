// errors inside objects and arrays (stack removed so only name and message are shown)
function noStack(e) { delete e.stack; return e; }
console.log({ e: noStack(new Error('x')) });
console.log([noStack(new TypeError('bad type'))]);
console.log({ list: [noStack(new RangeError('out of range'))] });
console.log([noStack(new Error(''))]);
const custom = noStack(new Error('with name'));
custom.name = 'CustomName';
console.log([custom]);
console.log([noStack(new SyntaxError('syntax')), noStack(new ReferenceError('ref'))]);
