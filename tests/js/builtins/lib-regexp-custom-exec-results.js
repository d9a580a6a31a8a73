// RegExp replace/split/matchAll over user-defined exec results: index clamping, capture coercion, groups, species
const re = /x/g;
let calls = 0;
re.exec = function (s) {
  calls++;
  if (calls > 2) return null;
  return { 0: 'AB', 1: 7, length: 2, index: calls === 1 ? -5 : 100, groups: { n: 'G' } };
};
console.log('0123456789'.replace(re, '[$1|$<n>|$&]'), calls);
const re2 = /x/;
re2.exec = () => ({ length: 3, 0: 'q', 1: undefined, 2: { toString() { return 'obj'; } }, index: 1, groups: undefined });
console.log('abc'.replace(re2, (...a) => JSON.stringify(a.slice(0, 5))), 'abc'.replace(re2, '<$2$1$<x>>'));
class R extends RegExp {
  static get [Symbol.species]() { return function (s, f) { console.log('species', String(s), f); return new RegExp(s, f); }; }
}
const it = new R('a', 'g')[Symbol.matchAll]('aa');
console.log([...it].length);
console.log('😀'.replace(/(?:)/gu, '-'), '😀'.replace(/(?:)/g, '-').length, JSON.stringify('😀'.split(/(?:)/u)));
const proxied = new Proxy({ a: 1 }, {
  ownKeys: () => ['b', 'a'],
  getOwnPropertyDescriptor: (t, k) => ({ value: k, enumerable: true, configurable: true }),
  get: (t, k) => k + '!',
});
console.log(JSON.stringify(new Proxy([1, 2], {})), JSON.stringify(proxied));
