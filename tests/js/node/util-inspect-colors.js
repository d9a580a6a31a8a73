// util.inspect with colors: true: Node's default styles (numbers, bigints, booleans yellow; strings and symbols green; undefined grey; null bold; dates magenta; regexps red; functions, circular and depth markers cyan), widths without the escape codes
const util = require('util');
const values = [1, -0, 'str', true, null, undefined, Symbol('s'), 10n, [1, 'a', null], { a: 1, b: 'x', c: [undefined, 2n] }, { g: 1, get x() { return 1; } }];
for (const v of values) console.log(JSON.stringify(util.inspect(v, { colors: true })));
const long = { aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', eeeeeeeeee: 'ffffffffffffffffffff', g: 1 };
console.log(JSON.stringify(util.inspect(long, { colors: true })));
const circ = { name: 'c' }; circ.self = circ;
console.log(JSON.stringify(util.inspect(circ, { colors: true })));
console.log(JSON.stringify(util.inspect([new Date(0), /a/g, function f() {}, class A {}, [[[[1]]]]], { colors: true })));
