// in global code (run here via indirect eval), var/function create global object properties and let/const/class do not
(0, eval)(`
  var gVar = 'var';
  let gLet = 'let';
  const gConst = 'const';
  class GClass {}
  function gFn() {}
  console.log('inside:', typeof gVar, typeof gLet, typeof gConst, typeof GClass, typeof gFn);
  console.log('on global object:', 'gVar' in globalThis, 'gLet' in globalThis, 'gConst' in globalThis, 'GClass' in globalThis, 'gFn' in globalThis);
`);
console.log('after:', typeof gVar, typeof gFn);

// global var properties are non-configurable when created by script code,
// but configurable when created by eval code
const d = Object.getOwnPropertyDescriptor(globalThis, 'gVar');
console.log(d.enumerable, d.writable, d.configurable);

// a lexical binding shadows a global object property of the same name
globalThis.shadowMe = 'property';
(0, eval)(`
  let shadowMe = 'lexical';
  console.log(shadowMe, globalThis.shadowMe);
`);
console.log(shadowMe);

// var and let with the same name in one global code is a SyntaxError
try {
  (0, eval)('var dup = 1; let dup = 2;');
} catch (e) {
  console.log('var+let', e.name);
}

// implicit global via sloppy assignment is a configurable property
(0, eval)('implicitOne = 1');
const id = Object.getOwnPropertyDescriptor(globalThis, 'implicitOne');
console.log(id.enumerable, id.configurable, delete globalThis.implicitOne, typeof implicitOne);
