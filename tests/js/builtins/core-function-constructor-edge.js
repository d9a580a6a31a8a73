// Function constructor: parameter strings, global scope, sloppy mode, syntax errors, prototype chain
globalThis.__coreX = 'global';
(function () {
  const __coreX = 'local';
  const f = new Function('return __coreX;');
  console.log(f(), (0, eval)('__coreX'));
})();
console.log(Function('a,b', 'c', 'return a+b+c')(1, 2, 3), Function('a = 5', 'return a')());
console.log(Function('return this === globalThis')(), Function('"use strict"; return this')());
console.log(Function('...args', 'return args.length')(1, 2, 3), Function('{a, b}', 'return a * b')({ a: 6, b: 7 }));
for (const [params, body] of [['a b', ''], ['', '}'], [')', ''], ['', 'return 1 +'], ['a', '/*']]) {
  try { Function(params, body); console.log('no error', params, body); } catch (e) { console.log(JSON.stringify(params), JSON.stringify(body), e.name); }
}
console.log(Function('a', '// comment\nreturn a')(7), Function('a //', 'return a')(8));
const g = Function('return arguments.length');
console.log(g(1, 2), g.name, Object.getPrototypeOf(g) === Function.prototype, g instanceof Function);
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === '', Object.getPrototypeOf(Function) === Function.prototype);
const toStr = { toString() { return 'q'; } };
console.log(Function(toStr, 'return q * 2')(21));
console.log(Function.call(null, 'return 1')(), Function.apply(null, ['n', 'return n + 1'])(1));
const gen = Object.getPrototypeOf(function* () {}).constructor;
console.log(gen.name, [...gen('yield 1; yield 2')()]);
delete globalThis.__coreX;
