// Shrinking an array's length stops at the highest non-configurable element, deleting only from the end downwards
const a = [1, 2, 3, 4];
Object.defineProperty(a, 1, { value: 2, configurable: false });
a.length = 0;
console.log(a.length, a, 0 in a, 2 in a);
(function () { 'use strict'; try { a.length = 0; } catch (e) { console.log('strict shrink past non-configurable', e.name, a.length); } })();
const sealed = Object.seal(['s0', 's1']);
sealed.length = 0;
console.log(sealed.length, sealed);
console.log(Reflect.set(a, 'length', 0), Reflect.defineProperty(a, 'length', { value: 1 }), a.length, a);
