// Seed 001, the generator-as-producer-and-consumer and its throw() variant (written out from
// the prose): throw() makes the waiting yield throw, and the adder reverts to its last sum.
function* adder(initialValue) {
  let sum = initialValue;
  while (true) {
    sum += yield sum;
  }
}

const add = adder(0);
console.log(add.next().value); // 0
console.log(add.next(1).value); // 1
console.log(add.next(2).value); // 3
console.log(add.next(3).value); // 6

function* revertingAdder(initialValue) {
  let sum = initialValue;
  let lastSum = initialValue;
  let temp;
  while (true) {
    try {
      temp = sum;
      sum += yield sum;
      lastSum = temp;
    } catch (e) {
      sum = lastSum;
    }
  }
}

const add2 = revertingAdder(0);
console.log(add2.next().value); // 0
console.log(add2.next(1).value); // 1
console.log(add2.next(2).value); // 3
console.log(add2.throw(new Error('BOO!!!!')).value); // 1
console.log(add2.next(4).value); // 5

// An exception thrown by the generator bubbles up through next() and the generator dies.
function* fragile() {
  yield 1;
  throw new Error('generator failed');
}
const f = fragile();
console.log(f.next());
try {
  f.next();
} catch (e) {
  console.log('caught:', e.message);
}
console.log(f.next());
