// RegExp exec result shape: index, input, groups (named and unmatched), and test/match on non-global regexps
const m = /(?<year>\d{4})-(?<month>\d\d)(-(?<day>\d\d))?/.exec('on 2024-05 ok');
console.log(m.length, m[0], m.index, m.input, m[3], m.groups.year, m.groups.month, m.groups.day);
console.log(Object.getPrototypeOf(m.groups) === null, Object.keys(m.groups).join(','), Array.isArray(m));
console.log(JSON.stringify(Object.keys(m)), 'groups' in /a/.exec('a'), /a/.exec('a').groups);
console.log(/x/.exec('abc'), /b/.test('abc'), /B/.test('abc'), 'abc'.match(/z/));
const g = 'a1b2'.match(/\d/g);
console.log(JSON.stringify(g), g.index, g.input, JSON.stringify('abc'.match(/(?:)/g)));
console.log(JSON.stringify('abc'.match()), 'abc'.match().index, JSON.stringify('a.c'.match('.')), 'x'.match(null));
const dup = /(?<a>x)|(?<b>y)/.exec('y');
console.log(dup.groups.a, dup.groups.b, JSON.stringify(dup.slice()));
console.log(/(a)|(b)/.exec('b').length, /\k<n>(?<n>a)/.exec('a')[0], /(?<n>a)\k<n>/.test('aa'), /(a)\1/.test('aa'));
