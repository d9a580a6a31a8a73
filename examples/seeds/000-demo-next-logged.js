// Seed 000, "How it works - Fulfilling", with an `assert` and the results the comments
// describe printed.
function assert(ok) {
    if (!ok) throw new Error('assertion failed');
}

function* demo() {
    var res = yield 10;
    assert(res === 32);
    return 42;
}

var d = demo();
var resA = d.next();
console.log(resA);
// => {value: 10, done: false}
var resB = d.next(32);
console.log(resB);
// => {value: 42, done: true}
//if we call d.next() again it throws an error
console.log(d.next());
