// CreateDynamicFunction: the body is checked by compiling the whole function once, which
// must leave exactly one function expression. Bodies that would close the function early,
// or leave something open past its end, are SyntaxErrors; valid bodies compile as before.
const GeneratorFunction = function* () {}.constructor;
const AsyncFunction = async function () {}.constructor;
const bodies = [
  '}, function(){',
  '})(function(){',
  '}.x = function(){',
  '}\n{',
  '} + function(){',
  '}); (function(){',
  '`${',
  '/*',
  "'",
  '/re',
  '}//',
  '})//',
  'return 1 //',
  '\n--> an HTML close comment',
  'return `a${1}b`',
  'return /}/.source',
  'return "})"',
];
for (const b of bodies) {
  try {
    const f = Function(b);
    console.log(JSON.stringify(b), 'ok', f());
  } catch (e) {
    console.log(JSON.stringify(b), e.name);
  }
}
try { GeneratorFunction('}, function*(){'); } catch (e) { console.log('generator', e.name); }
console.log([...GeneratorFunction('a', 'yield a; yield a + 1')(5)].join());
try { AsyncFunction('}, async function(){'); } catch (e) { console.log('async', e.name); }
AsyncFunction('x', 'return await x')(7).then((v) => console.log('async', v));
try { Function('a = 1', '"use strict"'); } catch (e) { console.log('use strict', e.name); }
try { Function('a, a', '"use strict"'); } catch (e) { console.log('duplicate', e.name); }
try { Function('a', 'let a;'); } catch (e) { console.log('redeclared', e.name); }
console.log(Function('a', 'b', 'return a * b')(6, 7));
