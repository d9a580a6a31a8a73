// Inline caches on primitive receivers: string methods found on String.prototype and Object.prototype, replaced, shadowed and removed while a site is cached; length of strings, arrays and typed arrays.
'use strict';
function up(s) { return s.toUpperCase(); }
function has(s) { return s.hasOwnProperty('length'); }
function len(x) { return x.length; }
const out = [];
for (let i = 0; i < 3; i++) out.push(up('ab' + i), has('x'));
console.log('methods', out.join(' '));
const original = String.prototype.toUpperCase;
String.prototype.toUpperCase = function () { return 'patched:' + this; };
console.log('patched', up('cd'));
String.prototype.toUpperCase = original;
console.log('restored', up('ef'));
Object.prototype.shout = function () { return 'object:' + typeof this; };
function shout(x) { return x.shout(); }
console.log('object proto', shout('s'), shout('t'));
String.prototype.shout = function () { return 'string:' + typeof this; };
console.log('shadowed', shout('u'));
delete String.prototype.shout;
delete Object.prototype.shout;
try { shout('v'); } catch (e) { console.log('removed', e.constructor.name); }
Object.defineProperty(String.prototype, 'first', { get() { return this[0]; }, configurable: true });
function first(s) { return s.first; }
console.log('getter', first('xyz'), first('abc'));
console.log('lengths', len('four'), len([1, 2]), len(new Uint16Array(3)), len({ length: 'own' }), len(function (a) {}));
const arr = [1, 2, 3];
arr.length = 1;
console.log('array length after write', len(arr), len(''), len('\u{1F600}'));
function missing(s) { return s.noSuchProperty; }
console.log('missing', missing('a'), missing('b'));
