// Object.is compared with === and ==, and SameValueZero via includes
const pairs = [[NaN, NaN], [0, -0], [-0, -0], [1, 1], ['a', 'a'], [null, undefined], [null, null], [{}, {}], [[], []], ['1', 1]];
for (const [a, b] of pairs) {
  console.log(String(Object.is(a, b)).padEnd(5), String(a === b).padEnd(5), String(a == b).padEnd(5), [a].includes(b));
}
const o = {};
console.log(Object.is(o, o), Object.is(), Object.is(undefined), Object.is(NaN, 0 / 0), Object.is(-0, 0 * -1));
