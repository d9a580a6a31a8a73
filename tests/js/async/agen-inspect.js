// console.log and Object.prototype.toString of async generator functions, objects, prototypes and
// the promises next()/throw() return (pending/fulfilled/rejected), and the prototype chain
// through %AsyncGeneratorPrototype% and %AsyncIteratorPrototype%.
async function* named() { yield 1; }
const anon = (0, async function* () {});
const obj = { async *method() {} };
class K { static async *s() {} async *#p() {} get p() { return this.#p; } }
const AsyncGeneratorFunction = Object.getPrototypeOf(named).constructor;
const it = named();
console.log(named);
console.log(anon);
console.log(obj.method, K.s, new K().p);
console.log(it);
console.log([it, named]);
console.log({ it });
console.log(AsyncGeneratorFunction, AsyncGeneratorFunction('yield 1'));
console.log(Object.getPrototypeOf(named), Object.getPrototypeOf(named).prototype);
const withProps = async function* props() {};
withProps.extra = 1;
const genWithProps = withProps();
genWithProps.tag = 'yes';
console.log(withProps, genWithProps);
console.log(Object.prototype.toString.call(it));
console.log(Object.prototype.toString.call(named));
const AsyncGeneratorPrototype = Object.getPrototypeOf(named.prototype);
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
console.log(Object.prototype.toString.call(AsyncGeneratorPrototype), AsyncGeneratorPrototype[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(named)[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(it) === named.prototype, Object.getOwnPropertyNames(named.prototype).length);
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort().join());
console.log(Object.getOwnPropertyDescriptor(named, 'prototype'));
console.log(it[Symbol.asyncIterator]() === it, typeof AsyncIteratorPrototype[Symbol.asyncIterator]);
console.log(named.hasOwnProperty('caller'), named.hasOwnProperty('arguments'), Object.keys(named).length);
console.log(typeof it.next, it.next.length, it.return.length, it.throw.length);
console.log(String(named), String(K.s), String(async function *  spaced ( a ) { }));
named.prototype = null;
console.log(Object.getPrototypeOf(named()) === AsyncGeneratorPrototype);
const pending = it.next();
const rejected = named.call(null).throw('reason');
rejected.catch(() => {});
console.log(pending, rejected);
setTimeout(() => console.log(pending, rejected, (async function* () {})().return(5)), 0);
