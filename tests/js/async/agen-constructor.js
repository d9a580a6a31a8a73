// The AsyncGeneratorFunction constructor builds async generators from strings; they run in the
// global scope and behave like declared ones (ordering against a then-chain, prototypes, name).
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
console.log(AsyncGeneratorFunction.name, AsyncGeneratorFunction.length);
console.log(Object.getPrototypeOf(AsyncGeneratorFunction) === Function);
globalThis.x2 = 'global';
const gen = (function () {
  const x = 'local';
  return new AsyncGeneratorFunction('a', 'b', 'yield a; await null; yield b; yield typeof x; yield x2;');
})();
const viaCall = AsyncGeneratorFunction('yield* arguments;');
console.log(gen.name, gen.length, viaCall.name, viaCall.length);
console.log(Object.getPrototypeOf(gen) === Object.getPrototypeOf(async function* () {}));
console.log(Object.getPrototypeOf(gen.prototype) === Object.getPrototypeOf(async function* () {}).prototype);
console.log(String(gen).split('\n').join(' | '));
try { AsyncGeneratorFunction('await = 1'); } catch (e) { console.log('syntax:', e.name); }
try { AsyncGeneratorFunction('yield', ''); } catch (e) { console.log('yield as param:', e.name); }
(async () => {
  for await (const v of gen(1, 2)) console.log('gen', v);
  for await (const v of viaCall('p', Promise.resolve('q'))) console.log('viaCall', v);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
