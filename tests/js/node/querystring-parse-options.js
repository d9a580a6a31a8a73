// querystring.parse with custom sep/eq (multi-character), maxKeys limits and custom decodeURIComponent (incl. one that throws)
const qs = require('querystring');
const j = (v) => JSON.stringify(v);
console.log('->', j(qs.parse('a:1;b:2;;c', ';', ':')));
console.log('->', j(qs.parse('a==1&&b==2&&c=3&d', '&&', '==')));
console.log('->', j(qs.parse('a->1<>b->2<>b->3', '<>', '->')));
console.log('->', j(qs.parse('a=1&b=2', null, null)));
console.log('->', j(qs.parse('a=1&b=2', '', '')));
console.log('->', j(qs.parse('a=1,b=2', ',')));
console.log('->', j(qs.parse('a1b2c', 1, 2)));
console.log('->', j(qs.parse('a+b:c+d', ';', ':')));

const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log('default maxKeys', Object.keys(qs.parse(many)).length);
for (const maxKeys of [0, -1, 1, 2, 3, 5000, Infinity, NaN, '2']) {
  const r = qs.parse('a=1&b=2&&c=3&d=4', null, null, { maxKeys });
  console.log('maxKeys', String(maxKeys), j(r));
}
console.log('unlimited', Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length);

const calls = [];
const upper = (s) => { calls.push(s); return s.toUpperCase(); };
console.log('->', j(qs.parse('a=b&c+d=e%20f&g', null, null, { decodeURIComponent: upper })));
console.log('->', j(calls));

const throwing = (s) => { if (s.includes('%')) throw new Error('nope'); return `<${s}>`; };
console.log('->', j(qs.parse('x=%41%zz&y=plain&%E2%82%AC=%FF', null, null, { decodeURIComponent: throwing })));
console.log('->', j(qs.parse('a=%41', null, null, { decodeURIComponent: 'not a function' })));

const origUnescape = qs.unescape;
qs.unescape = (s) => `[${s}]`;
console.log('patched unescape', j(qs.parse('a=%41&b=c&d+e=f')));
qs.unescape = origUnescape;
console.log('restored', j(qs.parse('a=%41&b=c&d+e=f')));
