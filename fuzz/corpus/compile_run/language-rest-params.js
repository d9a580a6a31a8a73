// rest parameters collect remaining arguments into a real array
function f(a, ...rest) {
  return [a, rest.length, Array.isArray(rest), rest.join('+')].join(' ');
}
console.log(f(1));
console.log(f(1, 2, 3));

function all(...args) { return args; }
console.log(all().length, all(undefined).length);

// rest params do not count towards length
console.log(f.length, all.length, ((a, b, ...c) => 0).length);

// rest with destructuring
function pair(...[first, second]) { return first + '-' + second; }
console.log(pair('x', 'y', 'z'));

const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(1, 2, 3, 4));

// rest array is independent of arguments
function indep(...r) {
  r[0] = 'changed';
  return arguments[0];
}
console.log(indep('orig'));

// spread into rest
const parts = [1, 2, 3];
console.log(sum(...parts, 10));

try {
  eval('(function (...a, b) {})');
} catch (e) {
  console.log('rest must be last', e.name);
}
