// for (let/const x of …) with x in a register: the step writes x itself.
function* gen(log) {
  try {
    for (let i = 0; i < 5; i++) yield i;
  } finally {
    log.push('closed');
  }
}
const log = [];
let out = [];
for (const x of gen(log)) {
  if (x === 1) continue;
  if (x === 3) break;
  out.push(x);
}
console.log(out.join(','), log.join(','));

out = [];
outer: for (const a of [1, 2, 3]) {
  for (const a2 of [10, 20]) {
    if (a2 === 20 && a === 2) continue outer;
    if (a === 3) break outer;
    out.push(a * a2);
  }
}
console.log(out.join(','));

function early(xs) {
  for (const x of xs) if (x > 1) return x;
  return 'none';
}
console.log(early([1, 2, 3]), early([]));

try {
  for (const x of gen(log)) {
    if (x === 2) throw new Error('in body');
  }
} catch (e) {
  console.log(e.message, log.join(','));
}

// let is reassignable in the body, each iteration starts from the next value.
out = [];
for (let x of [1, 2, 3]) {
  x = x * 10;
  out.push(x);
}
console.log(out.join(','));

// Closures capture a fresh binding per iteration (an environment, not the register).
const fns = [];
for (const x of ['a', 'b']) fns.push(() => x);
for (let y of ['c', 'd']) fns.push(() => y);
console.log(fns.map((f) => f()).join(''));

// TDZ: the head's expression cannot read the binding.
try {
  for (const x of [x]) console.log('unreachable', x);
} catch (e) {
  console.log(e.constructor.name);
}
// Reading the binding before it is assigned in a nested function declared in the body.
out = [];
for (const v of [1, 2]) {
  const w = v + 1;
  out.push(w);
}
console.log(out.join(','));
// The iterator's next() throwing is not closed; a value after the loop is unchanged.
const it = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { console.log('return called'); return {}; } }; } };
try {
  for (const x of it) console.log(x);
} catch (e) {
  console.log(e.message);
}
// Strings, Maps, sparse arrays and a shadowed outer name.
const x = 'outer';
out = [];
for (const x of 'h\u{1F600}') out.push(x.length);
for (const [k, v] of new Map([[1, 'one']])) out.push(k + v);
for (const e of [, 'y']) out.push(String(e));
console.log(out.join(','), x);
async function asyncBody() {
  const seen = [];
  for (const p of [Promise.resolve(1), 2]) seen.push(await p);
  console.log(seen.join('+'));
}
asyncBody();
