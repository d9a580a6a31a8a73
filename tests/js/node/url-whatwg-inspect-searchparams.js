// util.inspect of URLSearchParams and of its iterators, short, long and nested.
'use strict';
const util = require('util');

const p = new URLSearchParams('a=1&b=2&a=3');
console.log(p);
console.log(new URLSearchParams());
console.log(p.keys());
console.log(p.values());
console.log(p.entries());
console.log(p[Symbol.iterator]());
const it = p.entries();
it.next();
console.log(it);
it.next();
it.next();
console.log(it);
console.log(new URLSearchParams().keys());

const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
console.log(long);
console.log(long.entries());
console.log(long.keys());
console.log(util.inspect(long, { breakLength: Infinity }));

console.log({ params: p, iter: p.keys() });
console.log(util.inspect({ a: { b: p } }, { depth: 0 }));
console.log(util.inspect({ a: { b: p.keys() } }, { depth: 0 }));
console.log(util.inspect(p, { depth: -1 }));
console.log(util.inspect(new URLSearchParams({ quote: "it's", nl: 'a\nb' })));

class MyParams extends URLSearchParams {}
console.log(new MyParams('x=y'));
console.log(new MyParams('x=y').values());

try {
  util.inspect(Object.create(URLSearchParams.prototype));
} catch (e) {
  console.log(e.code, e.message);
}
