// split with RegExp separators: captures, limits, empty matches, sticky/unicode flags
const j = x => JSON.stringify(x);
console.log(j('a1b2c3'.split(/\d/)), j('a1b2c3'.split(/(\d)/)), j('a1b2c3'.split(/(\d)/, 3)));
console.log(j('abc'.split(/(?:)/)), j('abc'.split(/(?:)/, 2)), j(''.split(/(?:)/)), j(''.split(/x/)));
console.log(j('a, b ,c'.split(/\s*,\s*/)), j('a<b>c'.split(/<(x)?b>/)), j('aXbxc'.split(/x/i)));
console.log(j('😀😁'.split(/(?:)/u).length), j('😀😁'.split('').length), j('😀😁'.split(/(?:)/).length));
console.log(j('abc'.split(/b/y)), j('a b  c'.split(/ +/, -1)), j('a b c'.split(/ /, 0)), j('a b c'.split(/ /, 4294967297)));
console.log(j('test'.split(/(t)/)), j('aaa'.split(/a/)), j('abc'.split(/$/)), j('ab\ncd'.split(/^/m)));
console.log(j('one  two'.split(/(\s)(\s)?/)), j('x'.split(/(x)/)));
