// globalThis, global properties, and top-level bindings (tested via indirect eval for script semantics)
console.log(typeof globalThis, globalThis === globalThis.globalThis);
console.log(typeof globalThis.Array, globalThis.Math === Math, 'undefined' in globalThis);

// NaN, Infinity, undefined are non-writable global properties
const d = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
console.log(d.writable, d.enumerable, d.configurable);
undefined = 5;
NaN = 1;
console.log(undefined, NaN);

// global-code var creates a non-configurable global property; let does not
(0, eval)('var viaVar = 1; let viaLet = 2; function viaFn() {}');
console.log('viaVar' in globalThis, 'viaLet' in globalThis, 'viaFn' in globalThis);
console.log(typeof viaVar, typeof viaFn);

// assignment to globalThis properties is visible as a variable
globalThis.fromProperty = 'property';
console.log(fromProperty);

// implicit global creation in sloppy functions
function implicit() { implicitGlobal = 'implicit'; }
implicit();
console.log(globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);

// this in sloppy functions is globalThis
function sloppyThis() { return this; }
console.log(sloppyThis() === globalThis);

// global functions are properties of globalThis
console.log(globalThis.parseInt === parseInt, typeof globalThis.eval);

// built-in globals are non-enumerable
console.log(Object.keys(globalThis).includes('Array'), Object.getOwnPropertyDescriptor(globalThis, 'Array').enumerable);

// globalThis is writable and configurable
const gd = Object.getOwnPropertyDescriptor(globalThis, 'globalThis');
console.log(gd.writable, gd.enumerable, gd.configurable);
