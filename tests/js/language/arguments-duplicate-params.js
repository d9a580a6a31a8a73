function f(a, a, a) { a = 9; return [a, arguments[0], arguments[1], arguments[2], arguments.length]; }
console.log(f(1,2,3), f(1,2));
function g(a, b, a) { arguments[2] = 7; arguments[0] = 5; return [a, b, arguments[0], arguments[2]]; }
console.log(g(1,2,3));
