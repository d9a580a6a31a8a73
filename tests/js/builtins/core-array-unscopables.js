// Array.prototype[Symbol.unscopables]: keys, null prototype, and its effect inside with statements (via indirect eval)
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).sort());
console.log(Object.values(u).every((v) => v === true));
const d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
console.log(d.writable, d.enumerable, d.configurable);
const out = (0, eval)(`
  var keys = 'outer keys', includes = 'outer includes', push = 'outer push';
  var arr = [1, 2];
  var r;
  with (arr) { r = [keys, includes, push === Array.prototype.push, length]; }
  r;
`);
console.log(out);
const own = [];
own[Symbol.unscopables] = { push: true };
const res = (0, eval)('(function (a) { var push = "shadowed"; with (a) { return [push, typeof concat]; } })')(own);
console.log(res);
