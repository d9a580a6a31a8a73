// Annex B.3.3 block-level functions in sloppy code: the block keeps its own binding, the var binding is skipped where `var F` would be an early error, eval code and catch blocks too
{ let h = 1; if (true) function h() {} ; console.log("if-clause inside a let block:", typeof h); }
console.log("after:", typeof h);
{ let k = 1; { function k() {} } console.log("nested block beside let:", typeof k); }
console.log("after:", typeof k);
(function () {
  eval('{ let f = 123; { function f() {} } } console.log("direct eval, blocked:", typeof f);');
  console.log("caller after eval:", typeof f);
})();
(0, eval)('{ function g() { return "decl"; } } console.log("indirect eval:", typeof g);');
console.log("global after indirect eval:", typeof g, g());
(0, eval)('switch (1) { default: function s() { return "sw"; } }');
console.log("switch in indirect eval:", s());
(function () {
  console.log("var before the block runs:", typeof inner);
  { function inner() { return 1; } }
  console.log("var after the block ran:", typeof inner);
})();
(function () {
  let q;
  { function q() {} }
  console.log("function-level let wins:", typeof q);
})();
try { throw null; } catch (c) { if (true) function c() { return 123; } }
console.log("simple catch parameter:", typeof c, c());
(function () {
  var log = [];
  { log.push(typeof blockFn); function blockFn() {} blockFn = 5; log.push(typeof blockFn); }
  log.push(typeof blockFn);
  console.log("block binding is separate from the var:", log.join(" "));
})();
