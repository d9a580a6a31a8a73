// namespace objects: sorted keys, Symbol.toStringTag, null prototype, frozen-ness checks, Reflect.ownKeys and descriptors
import * as ns from './exports.mjs';
console.log(Object.keys(ns).join(','));
console.log(JSON.stringify(Reflect.ownKeys(ns).map(String)));
console.log(ns[Symbol.toStringTag], Object.prototype.toString.call(ns));
console.log('prototype is null:', Object.getPrototypeOf(ns) === null);
console.log('isExtensible', Object.isExtensible(ns), 'isSealed', Object.isSealed(ns), 'isFrozen', Object.isFrozen(ns));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, 'zeta')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, 'default')));
const tag = Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag);
console.log('toStringTag desc', tag.value, tag.writable, tag.enumerable, tag.configurable);
console.log('missing desc', Object.getOwnPropertyDescriptor(ns, 'nope'));
console.log('in:', 'alpha' in ns, 'nope' in ns, Symbol.toStringTag in ns, 'toString' in ns);
console.log('hasOwn:', Object.hasOwn(ns, 'Beta'), Object.hasOwn(ns, 'hasOwnProperty'));
console.log('entries', JSON.stringify(Object.entries(ns).map(([k, v]) => [k, typeof v])));
const copy = { ...ns };
console.log('spread keys', Object.keys(copy).join(','));
for (const k in ns) console.log('for-in', k);
console.log(JSON.stringify(ns));
