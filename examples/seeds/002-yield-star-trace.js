// Seed 002: yield-delegation, unmodified. The comments in the article say `outside: a`;
// the code prints the yielded strings as written ("A", "B", ...), as Node does.
function *foo() {
	console.log( "inside `*foo()`:", yield "B" );
	console.log( "inside `*foo()`:", yield "C" );
	return "D";
}

function *bar() {
	console.log( "inside `*bar()`:", yield "A" );
	// `yield`-delegation!
	console.log( "inside `*bar()`:", yield *foo() );
	console.log( "inside `*bar()`:", yield "E" );
	return "F";
}

var it = bar();
console.log( "outside:", it.next().value ); // outside: a

console.log( "outside:", it.next( 1 ).value ); // inside *bar(): 1 // outside: b

console.log( "outside:", it.next( 2 ).value ); // inside *foo(): 2 // outside: c

console.log( "outside:", it.next( 3 ).value ); // inside *foo(): 3 // inside *bar(): d // outside: e

console.log( "outside:", it.next( 4 ).value ); // inside *bar(): 4 // outside: f
