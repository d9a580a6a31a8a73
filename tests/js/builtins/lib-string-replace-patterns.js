// String.prototype.replace with special $ patterns: $$, $&, $`, $', $n, $nn, and unmatched groups
const s = 'abc-def-ghi';
console.log(s.replace('def', '[$&]'), s.replace('def', "[$`]"), s.replace('def', "[$']"), s.replace('def', '$$'));
console.log(s.replace('def', '$1'), s.replace('def', '$0'), s.replace('def', '$'), s.replace('def', '$<x>'));
console.log(s.replace(/(\w+)-(\w+)/, '$2-$1'), s.replace(/(\w+)-(\w+)/, '$3'), s.replace(/(\w+)-(\w+)/, '$02$01'));
console.log('abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11|$10|$12|$1$2'));
console.log('ab'.replace(/(a)(b)/, '$10'), 'ab'.replace(/(a)(x)?b/, '[$2]'), 'aaa'.replace('a', '$`$\''));
console.log('x'.replace('x', '$$$&$$'), 'xyz'.replace('', '_'), 'xyz'.replace(/$/, '!'), 'aaa'.replace(/a/g, '$&$&'));
console.log('abc'.replace('b', 'Z'), 'abcb'.replace('b', 'Z'), 'abc'.replace(/B/i, '$&$&'), 'abc'.replace('q', 'Z'));
console.log('ab'.replace(/(?<first>a)/, '[$<first>]'), 'ab'.replace(/(?<first>a)/, '[$<nope>]'), 'ab'.replace(/(a)/, '[$<first>]'));
console.log('1,2'.replace(',', 3), 'null'.replace(null, 'x'), 'undefinedx'.replace(undefined, 'U'));
