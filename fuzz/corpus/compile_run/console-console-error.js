// console.error writes to stderr with the same formatting (this test uses only console.error)
console.error('error message');
console.error('with object', { code: 42, list: [1, 2] });
console.error();
console.error(-0, null, undefined, Symbol('e'));
