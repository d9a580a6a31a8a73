// indirect eval runs in the global scope
globalThis.globalValue = 'global';
function test() {
  const globalValue = 'local';
  const direct = eval('globalValue');
  const indirect = (0, eval)('globalValue');
  const viaVar = eval;
  const viaAlias = viaVar('globalValue');
  const viaGlobal = globalThis.eval('globalValue');
  return [direct, indirect, viaAlias, viaGlobal].join(' ');
}
console.log(test());

// indirect eval cannot see locals
function noLocals() {
  const secret = 1;
  try {
    (0, eval)('secret');
  } catch (e) {
    return e.name;
  }
  return 'saw local';
}
console.log(noLocals());

// var declared by indirect eval becomes a global property
function declareGlobal() {
  (0, eval)('var madeByIndirectEval = "yes"');
}
declareGlobal();
console.log(globalThis.madeByIndirectEval, typeof madeByIndirectEval);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'madeByIndirectEval');
console.log(desc.enumerable, desc.configurable, desc.writable);

// functions declared by indirect eval are globals too
(0, eval)('function globalFnFromEval() { return "global fn"; }');
console.log(globalFnFromEval());

// this in indirect eval is the global object, even from strict code
function strictIndirect() {
  'use strict';
  return (0, eval)('this') === globalThis;
}
console.log(strictIndirect());

// indirect eval is sloppy even when called from strict code
function strictCaller() {
  'use strict';
  (0, eval)('sloppyGlobalAssignment = 1');
  return typeof sloppyGlobalAssignment;
}
console.log(strictCaller());

// let at the top of indirect eval does not create a global property
(0, eval)('let evalLet = 1');
console.log('evalLet' in globalThis);
