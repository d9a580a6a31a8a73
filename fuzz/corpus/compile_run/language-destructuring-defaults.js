// default values in patterns: only for undefined, evaluated lazily and in order
const [a = 1, b = 2, c = 3] = [undefined, null, 0];
console.log(a, b, c);

const { d = 'd', e = 'e' } = { d: false };
console.log(d, e);

// defaults are evaluated lazily
let evaluated = [];
const def = (name) => { evaluated.push(name); return name; };
const [x = def('x'), y = def('y')] = ['given'];
console.log(x, y, evaluated.join(','));

evaluated = [];
const { p = def('p'), q = def('q') } = { p: 'P', q: 'Q' };
console.log(p, q, evaluated.length);

// defaults can refer to earlier bindings in the same pattern
const [m = 1, n = m + 1] = [];
console.log(m, n);
const { first = 'F', second = first + 'S' } = {};
console.log(first, second);

// later bindings are in TDZ for earlier defaults
try {
  const [u = v, v = 1] = [];
} catch (err) {
  console.log('TDZ in pattern', err.name);
}

// renaming with default
const { long: short = 'fallback' } = {};
console.log(short);

// anonymous function defaults get the binding name
const { fn = function () {} } = {};
const [arrowFn = () => {}] = [];
console.log(fn.name, arrowFn.name);

// default applied to nested pattern
const { inner: { deep } = { deep: 'from default' } } = {};
console.log(deep);

// getter invoked once even with default
let getterCalls = 0;
const src = { get g() { getterCalls++; return undefined; } };
const { g = 'default g' } = src;
console.log(g, getterCalls);
