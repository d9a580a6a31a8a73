// Function.prototype.call, apply and bind
function describe(greeting, punct) {
  return greeting + ', ' + this.name + (punct || '');
}
const alice = { name: 'alice' };
console.log(describe.call(alice, 'hi', '!'));
console.log(describe.apply(alice, ['hello', '?']));
console.log(describe.apply(alice));
console.log(describe.apply(alice, { length: 2, 0: 'array-like', 1: '.' }));
try { describe.apply(alice, 5); } catch (e) { console.log('apply non-object', e.name); }

// bind: partial application and fixed this
const bound = describe.bind(alice, 'bound');
console.log(bound(), bound('!!!'), bound.call({ name: 'ignored' }, '#'));

// bound function name and length
function add(a, b, c) { return a + b + c; }
const add1 = add.bind(null, 1);
const add12 = add1.bind(null, 2);
console.log(add1.name, add1.length, add12.name, add12.length, add12(3));
const anonBound = (function () {}).bind(null);
console.log('[' + anonBound.name + ']');

// bound functions have no prototype property
console.log('prototype' in add1, add1.hasOwnProperty('prototype'));

// new on bound functions ignores bound this but keeps bound args
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind({ ignored: true }, 10);
const p = new BoundPoint(20);
console.log(p.x, p.y, p instanceof Point, p instanceof BoundPoint, 'ignored' in p);

// call with null/undefined this in sloppy vs strict
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy.call(null), sloppy.apply(undefined), strict.call(null), strict.call(undefined), strict.call(7));

// calling call/apply on non-functions
try { Function.prototype.call.call({}); } catch (e) { console.log('call on object', e.name); }
try { Function.prototype.bind.call(1); } catch (e) { console.log('bind on number', e.name); }

// apply with many arguments
const big = Array.from({ length: 1000 }, (_, i) => i);
console.log(Math.max.apply(null, big));

// borrowing methods
console.log(Array.prototype.map.call('abc', (c) => c.toUpperCase()).join(''));
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '-'));
