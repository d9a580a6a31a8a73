// namespace objects: writes, deletes, defineProperty and setPrototypeOf fail (TypeError in strict code, false via Reflect)
import * as ns from './mod.mjs';
const attempt = (label, fn) => {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, 'threw', e.name);
  }
};
attempt('assign existing', () => { ns.value = 2; });
attempt('assign new', () => { ns.extra = 1; });
attempt('delete existing', () => delete ns.value);
attempt('delete missing', () => delete ns.missing);
attempt('delete toStringTag', () => delete ns[Symbol.toStringTag]);
attempt('Reflect.set', () => Reflect.set(ns, 'value', 3));
attempt('Reflect.deleteProperty', () => Reflect.deleteProperty(ns, 'value'));
attempt('Reflect.defineProperty same', () => Reflect.defineProperty(ns, 'value', { value: 1, writable: true, enumerable: true, configurable: false }));
attempt('Reflect.defineProperty change', () => Reflect.defineProperty(ns, 'value', { value: 5 }));
attempt('Object.defineProperty change', () => Object.defineProperty(ns, 'value', { enumerable: false }));
attempt('Reflect.setPrototypeOf null', () => Reflect.setPrototypeOf(ns, null));
attempt('Reflect.setPrototypeOf {}', () => Reflect.setPrototypeOf(ns, {}));
attempt('Object.setPrototypeOf {}', () => Object.setPrototypeOf(ns, {}));
attempt('Reflect.preventExtensions', () => Reflect.preventExtensions(ns));
attempt('Object.freeze', () => Object.freeze(ns));
attempt('Object.seal', () => Object.seal(ns));
console.log('value still', ns.value, 'bump ->', ns.bump(), ns.value);
attempt('Object.isFrozen after bump', () => Object.isFrozen(ns));
