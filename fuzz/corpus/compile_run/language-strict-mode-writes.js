// failed writes are silent in sloppy mode and TypeErrors in strict mode
const frozen = Object.freeze({ a: 1 });
const ro = Object.defineProperty({}, 'x', { value: 1, writable: false });
const getterOnly = { get g() { return 1; } };
const sealed = Object.seal({ s: 1 });
const nonExt = Object.preventExtensions({});

function sloppy() {
  frozen.a = 2;
  ro.x = 2;
  getterOnly.g = 2;
  sealed.newProp = 1;
  nonExt.added = 1;
  'str'.length = 5;
  (5).prop = 1;
  return [frozen.a, ro.x, getterOnly.g, 'newProp' in sealed, 'added' in nonExt].join(',');
}
console.log('sloppy:', sloppy());

function attempt(label, fn) {
  'use strict';
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name);
  }
}
attempt('frozen', () => { 'use strict'; frozen.a = 2; });
attempt('non-writable', () => { 'use strict'; ro.x = 2; });
attempt('getter only', () => { 'use strict'; getterOnly.g = 2; });
attempt('sealed add', () => { 'use strict'; sealed.newProp = 1; });
attempt('sealed modify', () => { 'use strict'; sealed.s = 2; });
attempt('non-extensible', () => { 'use strict'; nonExt.added = 1; });
attempt('string length', () => { 'use strict'; 'str'.length = 5; });
attempt('primitive property', () => { 'use strict'; (5).prop = 1; });
attempt('string index', () => { 'use strict'; 'abc'[0] = 'x'; });
attempt('inherited non-writable', () => { 'use strict'; Object.create(ro).x = 5; });
attempt('undefined property', () => { 'use strict'; undefined.x = 1; });
attempt('NaN global', () => { 'use strict'; NaN = 1; });
attempt('Math.PI', () => { 'use strict'; Math.PI = 3; });
console.log(sealed.s);
