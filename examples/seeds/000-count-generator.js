// Seed 000, "Introduction": all the positive integers, lazily. This loop never ends (as in
// Node); the test suite reads its first lines and stops it.
function* count(){
  for (var x = 0; true; x++) {
    yield x
  }
}

for (var x of count()) {
  console.log(x)
}
