// URL.canParse and URL.parse: booleans / URL-or-null instead of throwing.
'use strict';

const cases = [
  ['https://example.com'], ['not a url'], ['/relative'], ['/relative', 'https://base.example/'],
  ['rel', 'not a base'], ['', 'http://h/'], ['http://[::1'], ['x', 'mailto:a@b'],
  ['http://h', undefined], [new URL('http://from.object/')], ['//host', new URL('wss://b/')],
];
for (const args of cases) {
  const parsed = URL.parse(...args);
  console.log(JSON.stringify(args.map(String)), URL.canParse(...args), parsed === null ? null : parsed.href,
    parsed instanceof URL);
}
console.log(URL.canParse.length, URL.parse.length, URL.canParse.name, URL.parse.name);
console.log(Object.keys(URL).filter((k) => k === 'canParse' || k === 'parse'));
const a = URL.parse('http://same/');
const b = URL.parse('http://same/');
console.log(a === b, a.href === b.href, a.searchParams === b.searchParams);
