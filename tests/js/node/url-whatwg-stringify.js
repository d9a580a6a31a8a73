// WHATWG URL: toString, toJSON, JSON.stringify, String(), toStringTag and property layout.
'use strict';

const u = new URL('http://example.com/a b?c=d#e');
console.log(u.toString(), u.toJSON(), String(u), `${u}`, u + '');
console.log(JSON.stringify(u), JSON.stringify({ link: u, list: [u] }));
console.log(Object.prototype.toString.call(u), u[Symbol.toStringTag]);
console.log(Object.keys(u), Reflect.ownKeys(u), JSON.stringify({ ...u }));
console.log(Object.keys(URL.prototype));
console.log(Object.getOwnPropertyNames(URL.prototype));
const d = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
const o = Object.getOwnPropertyDescriptor(URL.prototype, 'origin');
console.log(typeof o.get, o.set, o.enumerable);
const s = Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams');
console.log(typeof s.get, s.set);
console.log(URL.length, URL.name, typeof URL.prototype.toJSON, URL.prototype.toString.name);
// origin and searchParams have no setters.
try {
  u.origin = 'http://elsewhere';
} catch (e) {
  console.log(e.constructor.name, u.origin);
}
// Instances are comparable through href.
console.log(new URL('HTTP://EXAMPLE.com:80/./x').href === new URL('http://example.com/x').href);
// URL objects as Map keys and in template literals.
const m = new Map([[u.href, 1]]);
console.log(m.get(String(new URL('http://example.com/a%20b?c=d#e'))));
// util.format's %s uses String() for a URL (URL is not one of V8's built-in classes).
const util = require('util');
console.log(util.format('%s | %j', new URL('http://fmt.example/'), new URL('http://fmt.example/')));
// Globals.
console.log(typeof globalThis.URL, typeof globalThis.URLSearchParams, require('url').URL === URL,
  require('url').URLSearchParams === URLSearchParams);
