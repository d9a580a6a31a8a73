// Symbol.toPrimitive on user objects: hints for +, template, String(), Number(), ==, Date-like, and invalid returns
const hints = [];
const o = { [Symbol.toPrimitive](hint) { hints.push(hint); return hint === 'number' ? 42 : hint === 'string' ? 'str' : 'dflt'; } };
console.log(+o, `${o}`, o + '', String(o), Number(o), o == 'dflt', o * 1, [o].join(), Math.max(o));
console.log(hints.join(','));
const keyed = {};
keyed[o] = 1;
console.log(Object.keys(keyed).join(), hints[hints.length - 1]);
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { console.log('object return', e.name); }
const notFn = { [Symbol.toPrimitive]: 5 };
try { `${notFn}`; } catch (e) { console.log('not callable', e.name); }
const nul = { [Symbol.toPrimitive]: null, valueOf() { return 7; } };
console.log(nul * 2, { [Symbol.toPrimitive]: undefined, toString() { return 'ts'; } } + '');
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), typeof Date.prototype[Symbol.toPrimitive]);
console.log(Date.prototype[Symbol.toPrimitive].call({ toString() { return 'S'; }, valueOf() { return 'V'; } }, 'default'));
try { Date.prototype[Symbol.toPrimitive].call({}, 'bogus'); } catch (e) { console.log('bad hint', e.name); }
console.log(Symbol.prototype[Symbol.toPrimitive].call(Symbol.iterator) === Symbol.iterator, 'x' + { [Symbol.toPrimitive]: () => Symbol.keyFor(Symbol.for('k')) });
