// SpeciesConstructor of a promise is answered from caches when `constructor` and
// `Symbol.species` are unmodified (issue 19). Every change below must still be seen.
const log = [];
const then = (p) => p.then((v) => v);
const kind = (p) => (p instanceof Promise ? (p.constructor === Promise ? 'Promise' : p.constructor.name) : typeof p);

// Warm the caches with plain promises.
for (let i = 0; i < 5; i++) log.push(kind(then(Promise.resolve(i))));

// A subclass: its own species (inherited getter returns the subclass).
class Sub extends Promise {}
log.push(kind(then(Sub.resolve(1))));

// Promise.prototype.constructor replaced by a data write (the prototype's shape is unchanged).
const Original = Promise.prototype.constructor;
class Other extends Promise {}
Promise.prototype.constructor = Other;
log.push(kind(then(Promise.resolve(2))));
Promise.prototype.constructor = Original;
log.push(kind(then(Promise.resolve(3))));

// A species getter replaced, then restored.
const desc = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
let speciesReads = 0;
Object.defineProperty(Promise, Symbol.species, { get() { speciesReads++; return Other; }, configurable: true });
log.push(kind(then(Promise.resolve(4))), 'species reads ' + speciesReads);
Object.defineProperty(Promise, Symbol.species, desc);
log.push(kind(then(Promise.resolve(5))));

// An own `constructor` on one promise, a getter for it, and undefined species.
const own = Promise.resolve(6);
own.constructor = Other;
log.push(kind(then(own)));
const viaGetter = Promise.resolve(7);
let ctorReads = 0;
Object.defineProperty(viaGetter, 'constructor', { get() { ctorReads++; return Promise; } });
log.push(kind(then(viaGetter)), 'constructor reads ' + ctorReads);
const noSpecies = Promise.resolve(8);
noSpecies.constructor = { [Symbol.species]: undefined };
log.push(kind(then(noSpecies)));
const badCtor = Promise.resolve(9);
badCtor.constructor = 42;
try { then(badCtor); } catch (e) { log.push(e.constructor.name); }
const badSpecies = Promise.resolve(10);
badSpecies.constructor = { [Symbol.species]: 42 };
try { then(badSpecies); } catch (e) { log.push(e.constructor.name); }

// Back to plain promises: the caches are valid again.
for (let i = 0; i < 3; i++) log.push(kind(then(Promise.resolve(i))));
console.log(log.join('\n'));
