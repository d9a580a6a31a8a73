// the strings array is cached per call site, not per call or per content
function identity(strings) { return strings; }

function site() { return identity`same`; }
const a = site();
const b = site();
console.log('same site twice', a === b);

const c = identity`same`;
const d = identity`same`;
console.log('different sites with same text', c === d);

const fromLoop = [];
for (let i = 0; i < 3; i++) fromLoop.push(identity`loop ${i}`);
console.log('loop site', fromLoop[0] === fromLoop[1], fromLoop[1] === fromLoop[2]);

// different tags at the same site still receive the same object
const seen = [];
function tagA(s) { seen.push(s); }
function tagB(s) { seen.push(s); }
for (const t of [tagA, tagB]) t`shared`;
console.log('same site different tag', seen[0] === seen[1]);

// String.raw
console.log(String.raw`a\nb\t${1 + 1}\u0041`);
console.log(String.raw`\\`.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
console.log(String.raw({ raw: 'abc' }, '-', '+'));
console.log(String.raw({ raw: [] }, 1));
