// TypeErrors thrown by the engine (only names are printed, not messages)
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e instanceof TypeError, e.constructor === TypeError);
  }
}
check('call undefined', () => { const x = undefined; x(); });
check('call number', () => { const n = 5; n(); });
check('call object', () => { ({})(); });
check('call missing method', () => { ({}).nope(); });
check('read property of undefined', () => undefined.prop);
check('read property of null', () => null.prop);
check('write property of undefined', () => { undefined.prop = 1; });
check('computed on null', () => { const k = 'x'; null[k]; });
check('new non-constructor', () => new (() => {})());
check('new on symbol', () => new Symbol());
check('iterate non-iterable', () => { for (const x of 5) {} });
check('spread non-iterable', () => [...{}]);
check('destructure null', () => { const { a } = null; });
check('in on primitive', () => 'a' in 'abc');
check('instanceof non-callable', () => ({}) instanceof 5);
check('symbol to number', () => Symbol() * 1);
check('assign to const', () => { const c = 1; c = 2; });
check('class call', () => { class K {} K(); });
check('getter-only strict', () => { 'use strict'; const o = { get g() { return 1; } }; o.g = 2; });
check('reduce empty', () => [].reduce((a, b) => a));
check('Object.defineProperty on primitive', () => Object.defineProperty(1, 'x', {}));
check('circular prototype', () => { const a = {}; Object.setPrototypeOf(Object.prototype, a); });
check('optional call on non-function', () => ({ f: 1 }).f?.());
