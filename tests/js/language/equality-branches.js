// Equality operators fused into compare-and-branch: every pair of a value table under ==
// != === !== in conditions, with ToPrimitive's side effects and throws.
var vals = [0, -0, NaN, 1, '1', '', null, undefined, true, false, {}, [], [1], 1n, Symbol.iterator, '0', {valueOf() { return 1 }}];
var out = [];
for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j++) {
  var a = vals[i], b = vals[j], r = '';
  if (a == b) r += 'e'; else r += '-';
  if (a != b) r += 'n'; else r += '-';
  if (a === b) r += 's'; else r += '-';
  if (a !== b) r += 't'; else r += '-';
  if (!(a == b)) r += 'x'; else r += '-';
  while (a === b) { r += 'w'; break; }
  out.push(r);
}
console.log(out.join(' '));
var n = 0; for (var k = 0; k != 10; k++) n++; console.log(n);
try { if ({valueOf() { throw new Error('boom') }} == 1) {} } catch (e) { console.log(e.message) }
