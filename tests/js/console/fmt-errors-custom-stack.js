// errors inside containers whose stack is replaced by a fixed string
function withStack(e, s) { e.stack = s; return e; }
console.log({ err: withStack(new Error('boom'), 'Custom: stack') });
console.log([withStack(new TypeError('t'), 'TypeError: t')]);
const e = withStack(new Error('props'), 'Error: props');
e.code = 'E_CODE';
e.detail = { n: 1 };
console.log({ e });
const noStack = new RangeError('no stack');
delete noStack.stack;
noStack.extra = 42;
console.log([noStack]);
