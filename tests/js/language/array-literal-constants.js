// Array literals whose elements are all number, string, boolean or null literals: each
// evaluation is a new array with those values (the engine copies them from its constants).
function table() { return [0, 1, 2, -3, 4.5, -0, 1e400, 0x10, 'x', '', true, false, null]; }
const a = table(), b = table();
console.log(a, a.length, a !== b, Object.is(a[5], -0));
a.push('more'); a[0] = 'changed'; a.length = 3;
console.log(a, b.length, b[0]);
// Mixed with holes, spreads, expressions or lone surrogates: built element by element.
const x = 5;
console.log([1, , 3], [1, ...[2, 3]], [1, x, 3], ['\ud800', 'a'].map(s => s.length), [[1, 2], [3, 4]]);
// The literals keep their own identity inside loops and closures.
const made = [];
for (let i = 0; i < 3; i++) made.push(['a', 'b']);
made[0][0] = 'z';
console.log(made.map(r => r.join('')).join(','), made[1] !== made[2]);
// Frozen, extended and inspected like any array.
const f = Object.freeze([1, 2]);
console.log(Object.isFrozen(f), Array.isArray(f), Object.getPrototypeOf(f) === Array.prototype, JSON.stringify([null, true, 'q']));
