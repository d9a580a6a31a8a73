// clearTimeout from an earlier timer of the same batch, from a tick, from an immediate, by numeric id; clearInterval and clearTimeout are interchangeable
let b;
setTimeout(() => {
  console.log('a clears b');
  clearTimeout(b);
  // d is due in the next turn's timers phase, after this turn's immediates
  const d = setTimeout(() => console.log('d: never'), 0);
  setImmediate(() => {
    console.log('immediate clears d');
    clearTimeout(d);
    setTimeout(() => console.log('z runs'), 1);
  });
}, 0);
b = setTimeout(() => console.log('b: never'), 0);
const c = setTimeout(() => console.log('c: never'), 0);
process.nextTick(() => clearTimeout(c));
const e = setTimeout(() => console.log('e: never'), 0);
const id = +e;
console.log('id is a number', typeof id === 'number');
clearTimeout(id);
const f = setTimeout(() => console.log('f: never'), 0);
clearInterval(f);
const g = setInterval(() => console.log('g: never'), 0);
clearTimeout(g);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout('nonsense');
clearTimeout({});
// make sure a, b and c are all due when the event loop starts
const start = Date.now();
while (Date.now() - start < 4);
