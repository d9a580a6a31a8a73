// Seed 001, generators "can eat values too" (code written out from the prose): next(v)
// evaluates the waiting yield to v, so the value given to the first next() is never seen.
function* printer() {
  console.log("We are starting!");
  console.log(yield);
  console.log(yield);
  console.log(yield);
  console.log("We are done!");
}

const counter = printer();
counter.next(1); // We are starting!
counter.next(2); // 2
counter.next(3); // 3
counter.next(4); // 4, We are done!
counter.next(5); // (nothing: the generator is done)
