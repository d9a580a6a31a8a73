// util.inspect of URL objects: Node's layout, depth handling, nesting and subclasses.
'use strict';
const util = require('util');

const u = new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ nested: u }, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }, { depth: 0 }));
console.log([u]);
console.log({ list: [new URL('file:///tmp/x'), new URL('sc:opaque')] });
console.log(util.inspect(new URL('http://h/?' + 'k=v&'.repeat(20)), { breakLength: 200 }));

class MyURL extends URL {
  constructor(...args) {
    super(...args);
    this.extra = true;
  }
}
const m = new MyURL('http://sub.example/');
console.log(m);
console.log(m instanceof URL, Object.keys(m));

console.log(util.inspect(u, { showHidden: true }));
console.log(util.inspect(new URL('sc://host/p?q'), { showHidden: true }));
console.log(util.inspect(new URL('mailto:x@y'), { showHidden: true }));
