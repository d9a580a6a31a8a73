// URLSearchParams: append, delete (with value), get, getAll, has (with value), set, size, toString.
'use strict';

const p = new URLSearchParams('a=1&b=2&a=3');
console.log(p.get('a'), p.get('missing'), p.getAll('a'), p.getAll('none'), p.size);
p.append('a', 4);
p.append('c', null);
console.log(p.toString(), p.size);
console.log(p.has('a'), p.has('a', '3'), p.has('a', '9'), p.has('z'), p.has('a', undefined));
p.delete('a', '3');
console.log(p.toString());
p.delete('a');
console.log(p.toString());
p.set('b', 'x');
p.set('d', 'y');
console.log(p.toString());
const q = new URLSearchParams('k=1&j=0&k=2&k=3');
q.set('k', 'only');
console.log(q.toString());
q.delete('nothing');
console.log(q.toString(), q.size);

// Names and values are converted with String(); lone surrogates become U+FFFD.
const r = new URLSearchParams();
r.append(1, true);
r.append(undefined, { toString: () => 'obj' });
r.append('\ud800', 'x\udfff');
console.log([...r]);
console.log(r.toString());
console.log(r.get(1), r.has(undefined), r.get('\ufffd'));

// Properties of the prototype.
console.log(Object.keys(URLSearchParams.prototype));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
console.log(Object.prototype.toString.call(p), URLSearchParams.length, URLSearchParams.name);
console.log(['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'forEach', 'toString']
  .map((m) => `${m}:${URLSearchParams.prototype[m].length}`).join(' '));
console.log(JSON.stringify(p), JSON.stringify({ p }), Object.keys(p));
