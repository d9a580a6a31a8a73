// while, do-while and classic for loops
let i = 0;
const w = [];
while (i < 3) w.push(i++);
console.log(w.join(','));

// do-while runs at least once
let ran = 0;
do { ran++; } while (false);
console.log(ran);

let j = 10;
const d = [];
do { d.push(j); j += 10; } while (j < 40);
console.log(d.join(','));

// for with empty parts
let k = 0;
for (;;) { if (++k > 3) break; }
console.log(k);

// multiple declarations and comma updates
const pairs = [];
for (let a = 0, b = 5; a < b; a++, b--) pairs.push(a + '-' + b);
console.log(pairs.join(' '));

// continue in for still runs the update
const odd = [];
for (let n = 0; n < 7; n++) {
  if (n % 2 === 0) continue;
  odd.push(n);
}
console.log(odd.join(','));

// continue in do-while jumps to the condition
let c = 0;
const dc = [];
do {
  c++;
  if (c === 2) continue;
  dc.push(c);
} while (c < 4);
console.log(dc.join(','));

// loop condition with side effects and truthiness
const queue = ['a', 'b', ''];
const taken = [];
let item;
while ((item = queue.shift()) !== undefined) taken.push('[' + item + ']');
console.log(taken.join(''));

// nested loops with var
var total = 0;
for (var x = 1; x <= 3; x++) for (var y = 1; y <= 3; y++) total += x * y;
console.log(total, x, y);

// loop with a large iteration count
let sum = 0;
for (let n = 0; n < 100000; n++) sum += n;
console.log(sum);
