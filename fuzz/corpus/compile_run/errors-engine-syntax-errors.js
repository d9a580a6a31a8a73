// SyntaxErrors reported when parsing code via eval and the Function constructor
const sources = [
  'var 1x = 1;',
  'let let = 1;',
  'function (',
  '({ a: 1 ',
  'if (true) {',
  'return 1;',
  'break;',
  'const c;',
  'let a; let a;',
  'x = 1 +;',
  '"unterminated',
  '`unterminated template',
  'class { }',
  'a => { super(); }',
  '({ get x(a) {} })',
  '"use strict"; var eval = 1;',
  '"use strict"; function f(a, a) {}',
  '"use strict"; with (o) {}',
  'for (let x of [], []) {}',
  '/* unterminated comment',
];
for (const src of sources) {
  try {
    eval(src);
    console.log('parsed:', src);
  } catch (e) {
    console.log(e.name, e instanceof SyntaxError, '<-', src);
  }
}
try {
  new Function('a', 'return a +');
} catch (e) {
  console.log('Function constructor', e.name);
}
// a SyntaxError in eval does not run any of the code
let ran = false;
try { eval('ran = true; +;'); } catch (e) { console.log('partial run?', ran); }
