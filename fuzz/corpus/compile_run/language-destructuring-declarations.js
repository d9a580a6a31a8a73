// destructuring in var/let/const declarations
const [a, b] = [1, 2];
const { x, y: renamed } = { x: 'x', y: 'y' };
let [p, , q] = ['p', 'skipped', 'q'];
var { length } = 'hello';
console.log(a, b, x, renamed, p, q, length);

// missing values are undefined
const [m1, m2] = [1];
const { nope } = {};
console.log(m1, m2, nope);

// destructuring from primitives uses their wrapper
const { toFixed } = 1;
const [c0, c1] = 'hi';
console.log(typeof toFixed, c0, c1);

// null and undefined throw TypeError
try { const { z } = null; } catch (e) { console.log('null object pattern', e.name); }
try { const [w] = undefined; } catch (e) { console.log('undefined array pattern', e.name); }
try { const {} = null; } catch (e) { console.log('empty pattern on null', e.name); }
const {} = 5;
const [] = [];
console.log('empty patterns ok');

// non-iterable in array pattern
try { const [v] = {}; } catch (e) { console.log('non-iterable', e.name); }

// multiple declarators and swap
let i = 1, j = 2;
[i, j] = [j, i];
console.log(i, j);

// destructuring in for-of and for-in heads
for (const [k, v] of [['k1', 'v1'], ['k2', 'v2']]) console.log(k, v);
for (const { id } of [{ id: 7 }, { id: 8 }]) console.log('id', id);
for (const [first] in { ab: 1, cd: 2 }) console.log('first char', first);

// catch parameter destructuring
try { throw { code: 42, info: ['detail'] }; } catch ({ code, info: [detail] }) { console.log(code, detail); }
