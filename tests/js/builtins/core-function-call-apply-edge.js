// call/apply: array-like argument lists, holes, primitive this boxing, Reflect.apply, call chains
function showThis() { return typeof this + ':' + (this instanceof Number || this instanceof String ? 'boxed' : 'raw'); }
function strictThis() { 'use strict'; return typeof this; }
console.log(showThis.call(5), showThis.call('s'), strictThis.call(5), strictThis.call('s'), strictThis.apply(null));
function args() { return Array.from(arguments, (v) => String(v)).join('|') + ' #' + arguments.length; }
console.log(args.apply(null, [1, , 3]), args.apply(null, { length: 2 }), args.apply(null, { length: 1.9, 0: 'a' }));
console.log(args.apply(null, []), args.apply(null, undefined), args.apply(null, null));
try { args.apply(null, 'str'); } catch (e) { console.log('apply string', e.name); }
try { args.apply(null, 1); } catch (e) { console.log('apply number', e.name); }
console.log(args.call.call(args, null, 'x', 'y'), Function.prototype.call.apply(args, [null, 'p', 'q']));
console.log(Function.prototype.apply.call(Math.max, null, [3, 9, 2]));
console.log(Reflect.apply(args, null, ['r']), Reflect.apply(Math.min, undefined, { length: 2, 0: 4, 1: -1 }));
try { Reflect.apply(args, null); } catch (e) { console.log('Reflect.apply no list', e.name); }
try { Reflect.apply(1, null, []); } catch (e) { console.log('Reflect.apply non-callable', e.name); }
const bound = args.bind(null, 'b1');
console.log(bound.call(null, 'c1'), bound.apply(null, ['a1', 'a2']));
class K { m() { return this; } }
const k = new K();
console.log(K.prototype.m.call(k) === k, K.prototype.m.call(undefined));
try { K.call({}); } catch (e) { console.log('class via call', e.name); }
