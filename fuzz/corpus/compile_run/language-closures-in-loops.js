// closures capture per-iteration let bindings but share var bindings
const withVar = [];
for (var i = 0; i < 3; i++) withVar.push(() => i);
console.log(withVar.map(f => f()).join(','));

const withLet = [];
for (let j = 0; j < 3; j++) withLet.push(() => j);
console.log(withLet.map(f => f()).join(','));

// mutation in the body is seen by the closure of the same iteration
const mutated = [];
for (let k = 0; k < 3; k++) {
  mutated.push(() => k);
  k += 0;
}
console.log(mutated.map(f => f()).join(','));

// increment happens on the copy for the next iteration
const closures = [];
for (let m = 0; m < 3; m++) {
  closures.push(() => m++);
}
console.log(closures[0](), closures[0](), closures[1]());

// for-in and for-of create a fresh binding each iteration
const keys = [];
for (let key in { a: 1, b: 2 }) keys.push(() => key);
console.log(keys.map(f => f()).join(','));

const vals = [];
for (const v of [10, 20]) vals.push(() => v);
console.log(vals.map(f => f()).join(','));

// closures in the init expression see the first iteration's binding
const inits = [];
for (let n = 0, get = () => n; n < 2; n++) inits.push(get);
console.log(inits[0](), inits[1]());

// while loops with a block-scoped let
const w = [];
let c = 0;
while (c < 3) {
  let copy = c;
  w.push(() => copy);
  c++;
}
console.log(w.map(f => f()).join(','));
