// Object() on primitives, valueOf/toString on wrappers and ordinary objects, ToPrimitive order
const n = Object(5), s = Object('ab'), b = Object(false), y = Object(Symbol.iterator);
console.log(typeof n, typeof s, typeof b, typeof y, n instanceof Number, s instanceof String, b instanceof Boolean);
console.log(n.valueOf(), s.valueOf(), b.valueOf(), y.valueOf() === Symbol.iterator, s.length, s[1]);
console.log(n + 1, s + '!', b ? 'wrapper is truthy' : 'falsy', !!Object(0));
const o = {};
console.log(Object(o) === o, Object(null) instanceof Object, Object(undefined) instanceof Object, Object().constructor === Object);
console.log(new Object(7) instanceof Number, typeof new Object('x'), new Object(o) === o);
console.log(o.valueOf() === o, Object.prototype.valueOf.call(3) instanceof Number);
try { Object.prototype.valueOf.call(null); } catch (e) { console.log('valueOf null', e.name); }
const log = [];
const prim = { valueOf() { log.push('valueOf'); return 10; }, toString() { log.push('toString'); return 'str'; } };
console.log(prim + 1, `${prim}`, String(prim), prim * 2, [prim].join(), log.join(','));
const onlyObj = { valueOf() { return {}; }, toString() { return {}; } };
try { onlyObj + 1; } catch (e) { console.log('no primitive', e.name); }
const tp = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(`${tp}`, tp + '', +{ [Symbol.toPrimitive]: () => 42 }, tp == 'default');
try { +{ [Symbol.toPrimitive]: 1 }; } catch (e) { console.log('bad toPrimitive', e.name); }
console.log(Number.prototype.valueOf.call(n), String.prototype.toString.call(s));
try { Number.prototype.valueOf.call('5'); } catch (e) { console.log('Number valueOf on string', e.name); }
