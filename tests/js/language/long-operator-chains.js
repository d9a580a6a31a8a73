// long generated expressions compile: left-deep operator chains reuse registers (65 536+ terms), member and call chains too
const N = 100000;
const terms = (t, sep, n = N) => Array(n).fill(t).join(sep + '\n');
const run = (code) => (0, eval)(code);

console.log(run(terms('1', ' +')));
console.log(run('(function (a) { return ' + terms('a', ' +') + '; })(2)'));
console.log(run('(function (a) { return ' + terms('a * 2 - 1', ' +', 2000) + '; })(3)'));
console.log(run(terms('"ab"', ' +')).length);
console.log(run('(function (s) { return ' + terms('s', ' +') + '; })("xyz")').length);
console.log(run('(function (x) { return ' + terms('x', ' ||') + ' || "last"; })(0)'));
console.log(run('(function (x) { return ' + terms('x', ' &&') + '; })(7)'));
console.log(run('(function (x) { return ' + terms('x', ' ??') + '; })(null)'));
console.log(run('(function (x) { return (' + terms('x++', ',') + ', x); })(0)'));
console.log(run('(function (x) { return ' + terms('x', ' |') + '; })(5)'));
console.log(run('(function (a, b) { return ' + terms('a - b', ' +', 2000) + '; })(5, 3)'));
// Each term reads the variable at its turn (a later term's side effect comes later).
console.log(run('(function () { let i = 0; return ' + terms('(i += 1)', ' *', 20) + '; })()'));
console.log(run('(function () { let s = ""; return ' + terms('(s += "x")', ' +', 5) + '; })()'));

// Member, call and method-call chains, as deep as Node's parser goes.
const M = 3000;
console.log(run('(function () { const o = {}; o.a = o; return o' + '\n.a'.repeat(M) + ' === o; })()'));
console.log(run('(function () { const o = [0]; o[0] = o; return o' + '\n[0]'.repeat(M) + ' === o; })()'));
console.log(run('(function () { function f() { return f; } return f' + '\n()'.repeat(M) + ' === f; })()'));
console.log(run('(function () { const o = { n: 0, inc(d) { this.n += d; return this; } }; return o' + '\n.inc(1)'.repeat(M) + '.n; })()'));
console.log(run('(function () { const o = { v: 1, get self() { return this; } }; return o' + '\n?.self'.repeat(M) + '?.v; })()'));
run('Promise.resolve(0)' + '\n.then(x => x + 1)'.repeat(M) + '.then(v => console.log("then chain", v))');
