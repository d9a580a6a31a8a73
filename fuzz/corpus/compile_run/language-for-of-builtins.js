// for-of over arrays, strings (code points), arguments and array-likes
const out = [];
for (const v of [1, 'two', null]) out.push(String(v));
console.log(out.join(','));

// strings iterate by code point, surrogate pairs stay together
const chars = [];
for (const ch of 'a😀b𝒳') chars.push(ch + '(' + ch.length + ')');
console.log(chars.join(' '));
console.log('a😀b'.length, [...'a😀b'].length);

// lone surrogates are yielded alone
const lone = [];
for (const ch of '\uD800x\uDC00') lone.push(ch.length + ':' + ch.charCodeAt(0).toString(16));
console.log(lone.join(' '));

// arguments object
function args() {
  const r = [];
  for (const a of arguments) r.push(a);
  return r.join('-');
}
console.log(args(1, 2, 3));

// array modified during iteration: sees appended elements
const grow = [1, 2];
const seen = [];
for (const v of grow) {
  seen.push(v);
  if (grow.length < 4) grow.push(v * 10);
}
console.log(seen.join(','));

// holes are visited as undefined
const holes = [];
for (const v of [1, , 3]) holes.push(v);
console.log(holes.join('|'), holes.length);

// entries/keys/values
for (const [i, v] of ['x', 'y'].entries()) console.log('entry', i, v);
console.log([...['a', 'b'].keys()].join(','), [...['a', 'b'].values()].join(','));

// objects are not iterable
try {
  for (const v of { a: 1 }) {}
} catch (e) {
  console.log('plain object', e.name);
}

// let/var/destructuring heads and existing variable
let existing;
for (existing of [7, 8]);
console.log(existing);
for (var vv of ['var head']);
console.log(vv);

// continue and break work
const picked = [];
for (const n of [1, 2, 3, 4, 5]) {
  if (n % 2 === 0) continue;
  if (n > 4) break;
  picked.push(n);
}
console.log(picked.join(','));
