// Seed 000, "How it works - Fulfilling", unmodified. `assert` is not defined in Node either,
// so d.next(32) throws a ReferenceError out of the generator (exit 1).
function* demo() {
    var res = yield 10;
    assert(res === 32);
    return 42;
}

var d = demo();
var resA = d.next();
// => {value: 10, done: false}
var resB = d.next(32);
// => {value: 42, done: true}
//if we call d.next() again it throws an error
