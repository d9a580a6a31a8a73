// Seed 000, "How it works - Rejecting", with an `assert` and the results printed.
function assert(ok) {
    if (!ok) throw new Error('assertion failed');
}

var sentinel = new Error('foo');
function* demo() {
    try {
        yield 10;
    } catch (ex) {
        assert(ex === sentinel);
        console.log('caught the sentinel:', ex.message);
    }
}

var d = demo();
console.log(d.next());
// => {value: 10, done: false}
console.log(d.throw(sentinel));
