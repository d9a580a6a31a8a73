// global isNaN/isFinite/parseInt/parseFloat coercion and globalThis properties (descriptors, identity)
console.log(isNaN('  '), isNaN('0x1g'), isNaN([]), isNaN([1, 2]), isNaN(new Date(NaN)), isNaN('Infinity'), isFinite('1e308'), isFinite('1e309'), isFinite(null), isFinite('0b11'));
try { isNaN(Symbol()); } catch (e) { console.log('isNaN symbol', e.name); }
console.log(parseInt({ toString() { return '42abc'; } }), parseFloat({ valueOf() { return 1; }, toString() { return '2.5'; } }), parseInt('\u00a0 7'), parseFloat('.'));
console.log(typeof globalThis, globalThis === (0, eval)('this'), globalThis.globalThis === globalThis, globalThis.Math === Math, 'globalThis' in globalThis);
const d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis');
console.log(d.writable, d.enumerable, d.configurable);
for (const k of ['NaN', 'Infinity', 'undefined']) {
  const p = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, p.writable, p.enumerable, p.configurable);
}
for (const k of ['parseInt', 'isNaN', 'encodeURI', 'JSON', 'Math', 'Symbol', 'String']) {
  const p = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, typeof p.value, p.writable, p.enumerable, p.configurable);
}
(0, eval)('NaN = 5; undefined = 3;');
console.log(NaN, undefined, (0, eval)('var gvar1 = 7; delete globalThis.gvar1'), typeof globalThis.gvar1);
console.log((0, eval)('globalThis.gvar2 = 1; delete globalThis.gvar2'), 'gvar2' in globalThis);
