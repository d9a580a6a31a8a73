// querystring.parse: pairs, repeated keys as arrays, keys without '=', empty pieces, '+' as space, null prototype
const qs = require('querystring');
function show(input) {
  const obj = qs.parse(input);
  console.log('in', JSON.stringify(input), '->', JSON.stringify(obj), Object.getPrototypeOf(obj) === null);
}
[
  'a=1&b=2',
  'a=1&a=2&a=3&b=x',
  'foo',
  'foo&bar=&=baz',
  '=',
  '==',
  '&&&a=1&&',
  '&',
  '',
  'a=b=c',
  'a+b=c+d',
  'a%20b=c%20d&e=f%2Bg',
  'q=%E2%82%AC&r=%c3%a9',
  'x=%7e&y=%7E',
  '__proto__=1&constructor=2&toString=3',
  'hasOwnProperty=x',
  'a=1&a=&a',
  'emoji=%F0%9F%98%80',
  'sp ace=t\tab',
  'a[]=1&a[]=2&b[c]=3',
].forEach(show);

const parsed = qs.parse('x=1&x=2&y=3');
console.log(Array.isArray(parsed.x), parsed.x.length, typeof parsed.y, 'toString' in parsed);
console.log('->', qs.decode === qs.parse, qs.encode === qs.stringify);
console.log('->', JSON.stringify(qs.parse(undefined)), JSON.stringify(qs.parse(42)), JSON.stringify(qs.parse(null)));
console.log(Object.keys(qs.parse('b=1&a=2&c=3&a=4')).join(','));
