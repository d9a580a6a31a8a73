// The array RegExpBuiltinExec returns: captures as elements, then `index`, `input` and
// `groups` as its first own properties (in that order, all writable, enumerable and
// configurable), `indices` after them with the d flag.
const m = /(\d+)-(?<word>[a-z]+)(x)?/.exec('xx 12-ab yy');
console.log(m, Object.keys(m), Object.getOwnPropertyNames(m));
console.log(m.index, m.input, Object.getPrototypeOf(m.groups), m.groups.word, m[3]);
for (const k of ['index', 'input', 'groups']) console.log(k, Object.getOwnPropertyDescriptor(m, k));
const plain = /b/.exec('abc');
console.log(plain.groups, 'groups' in plain, plain.length);
plain.index = 'changed'; delete plain.input; plain.extra = 1;
console.log(Object.keys(plain), plain.index);
const d = /a(?<x>b)/d.exec('zab');
console.log(Object.keys(d), d.indices, d.indices.groups.x);
// Many matches, each its own array.
const all = [...'a1b22c333'.matchAll(/\d+/g)];
console.log(all.map(r => [r[0], r.index]), all[0] !== all[1], all[0].input === all[1].input);
console.log('2026-12-06'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'aXbX'.split(/x/i));
