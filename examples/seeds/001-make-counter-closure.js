// From the second seed article ("Generator internals"): a closure that generates an
// infinite series, "another means of pausing and continuing program execution".
function makeCounter() {
  var count = 1;
  return function () {
    return count++;
  };
}

var counter = makeCounter();
console.log(counter()); // 1
console.log(counter()); // 2
console.log(counter()); // 3
