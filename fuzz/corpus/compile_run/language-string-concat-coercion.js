// + with strings, numbers and objects; ToPrimitive hint default
console.log('a' + 1 + 2, 1 + 2 + 'a', 'a' + (1 + 2), 1 + '2' - 1);
console.log('x' + null, 'x' + undefined, 'x' + true, 'x' + NaN, 'x' + -0, 'x' + 1e21, 'x' + 0.000001, 'x' + 1e-7);
console.log('' + [], '' + [1, [2, 3]], '' + [null, undefined], '' + {}, '' + function () {}.name);
console.log([] + [], [] + {}, ({}) + [], [1] + [2]);

// valueOf is preferred for + (hint default), toString for template/String()
const both = {
  valueOf() { return 42; },
  toString() { return 'str'; },
};
console.log(both + '', `${both}`, String(both), both + 1, [both] + '');

// only toString
const onlyToString = { toString() { return 'TS'; } };
console.log(onlyToString + 1, onlyToString * 1);

// valueOf returning an object falls back to toString
const badValueOf = { valueOf() { return {}; }, toString() { return 'fallback'; } };
console.log(badValueOf + '!');

// both return objects: TypeError
const neither = { valueOf() { return {}; }, toString() { return {}; } };
try { neither + ''; } catch (e) { console.log('no primitive', e.name); }

// null-prototype object has no conversion methods
try { Object.create(null) + ''; } catch (e) { console.log('null proto', e.name); }

// number formatting inside concatenation
console.log('n=' + 0.1 * 3, 'n=' + 100 / 3, 'n=' + 2 ** 64, 'n=' + -1e-7);

// concatenation with symbols throws, String(symbol) works
try { 'a' + Symbol('s'); } catch (e) { console.log('symbol concat', e.name); }
console.log(String(Symbol('s')));

// += builds strings
let s = '';
for (let i = 0; i < 5; i++) s += i;
console.log(s);
