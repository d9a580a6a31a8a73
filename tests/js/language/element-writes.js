// Element writes: the interpreter's fast path (existing dense elements, appends right after the
// last) must agree with [[Set]] for holes, inherited setters, frozen/sealed/non-extensible
// objects, read-only lengths, typed arrays, arguments objects, proxies and string wrappers.
var a = new Array(5); for (var i = 0; i < 5; i++) a[i] = i * 2; console.log(a, a.length);
var b = []; for (var i = 0; i < 5; i++) b[i] = i; b[7] = 7; console.log(b, b.length);
var o = {}; for (var i = 0; i < 3; i++) o[i] = 'x' + i; console.log(o, Object.keys(o));
Object.defineProperty(Array.prototype, 10, { set(v) { console.log('setter', v) }, configurable: true });
var c = []; for (var i = 0; i < 12; i++) c[i] = i; console.log(c.length, c[10]);
delete Array.prototype[10];
var f = Object.freeze([1, 2, 3]); f[0] = 9; f[3] = 4; console.log(f);
var s = Object.seal([1, 2]); s[0] = 5; s[2] = 3; console.log(s);
var ne = Object.preventExtensions([1]); ne[1] = 2; ne[0] = 0; console.log(ne);
var fixed = [1, 2]; Object.defineProperty(fixed, 'length', { writable: false }); fixed[2] = 3; fixed[1] = 7; console.log(fixed, fixed.length);
var ta = new Uint8Array(2); ta[0] = 300; ta[2] = 1; ta[1] = 'x'; console.log(ta);
function args() { arguments[0] = 'm'; arguments[3] = 'n'; return [...arguments]; } console.log(args(1, 2));
function sargs(a) { 'use strict'; arguments[0] = 'm'; arguments[1] = 'n'; return [a, arguments.length, arguments[1]]; } console.log(sargs(1));
var proto = [0, 1]; var child = Object.create(proto); child[0] = 'own'; console.log(child[0], proto[0], Object.keys(child));
var child2 = Object.create(Object.create(null)); child2[0] = 1; console.log(Object.keys(child2));
var p = new Proxy([], { set(t, k, v) { console.log('trap', k); t[k] = v; return true } }); p[0] = 1;
var withIdx = Object.create({ 0: 'inherited' }); withIdx[0] = 'mine'; console.log(withIdx[0]);
var big = []; big[4294967294] = 1; console.log(big.length); var bb = []; bb[-0] = 'z'; console.log(bb, bb.length);
var str = new String('ab'); str[0] = 'z'; str[2] = 'c'; console.log(str[0], str[2], str.length);
