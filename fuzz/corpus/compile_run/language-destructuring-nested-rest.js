// nested patterns and rest elements/properties
const data = {
  id: 1,
  user: { name: 'ann', roles: ['admin', 'dev', 'ops'] },
  meta: { created: { y: 2020 } },
};
const { user: { name, roles: [primary, ...otherRoles] }, meta: { created: { y } } } = data;
console.log(name, primary, otherRoles.join('+'), y);

// array rest collects remaining, always an array
const [h, ...t] = [1];
console.log(h, Array.isArray(t), t.length);

// rest with holes
const [, , ...afterTwo] = [1, 2, 3, 4];
console.log(afterTwo.join(','));

// object rest excludes named keys, copies own enumerable including symbols
const s = Symbol('s');
const source = { a: 1, b: 2, c: 3, [s]: 'sym' };
Object.defineProperty(source, 'hidden', { value: 1, enumerable: false });
const { a, ...others } = source;
console.log(a, Object.keys(others).join(','), others[s], 'hidden' in others);

// object rest does not include inherited properties
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
const { ...onlyOwn } = child;
console.log(Object.keys(onlyOwn).join(','), 'inherited' in onlyOwn);

// rest from a string
const [c1, ...chars] = 'hello';
console.log(c1, chars.join(''));

// nested array rest pattern
const [first, ...[second, third]] = [1, 2, 3, 4];
console.log(first, second, third);

// rest element must be last
try {
  eval('const [...r, last] = [1, 2];');
} catch (e) {
  console.log('rest not last', e.name);
}

// computed key with object rest
const key = 'b';
const { [key]: picked, ...remaining } = { a: 1, b: 2, c: 3 };
console.log(picked, Object.keys(remaining).join(','));
