// %TypedArray%.from and %TypedArray%.of: iterables, array-likes, mapfn and thisArg, custom constructors, errors
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
console.log(show(Int8Array.from([1, 2, 3])), show(Uint16Array.from(new Set([5, 6]))), show(Float32Array.from('123')));
console.log(show(Int8Array.from({ length: 3, 0: 9, 2: 7 })), show(Int8Array.from({ length: 2 }, (v, k) => k * 10)));
console.log(show(Float64Array.from([1, 2], function (v, k) { return v * this.m + k; }, { m: 100 })));
function* gen() { yield 1; yield 2; yield 3; }
console.log(show(Int32Array.from(gen(), (x) => x * x)), show(BigInt64Array.from([1n, 2n])), show(BigUint64Array.of(3n, -1n)));
console.log(show(Int8Array.of()), show(Int8Array.of(1, 2, 300)), show(Uint8ClampedArray.of(300, -5, 1.5)));
console.log(show(Int8Array.from(new Int16Array([1000, 2]))), show(Float64Array.from(new Uint8Array([1, 2]).values())));
class Mine extends Uint8Array {}
const m = Mine.from([1, 2]);
console.log(m instanceof Mine, show(m), Mine.of(4) instanceof Mine);
const log = [];
function Ctor(n) { log.push('ctor ' + n); return new Int16Array(n); }
console.log(show(Int8Array.from.call(Ctor, [1, 2])), show(Int8Array.of.call(Ctor, 3)), log.join(', '));
try { Int8Array.from.call(function () { return new Int8Array(1); }, [1, 2]); } catch (e) { console.log(e.name); }
try { Int8Array.from.call({}, []); } catch (e) { console.log(e.name); }
try { Int8Array.of.call(() => {}, 1); } catch (e) { console.log(e.name); }
try { Int8Array.from([1], 'x'); } catch (e) { console.log(e.name); }
try { Int8Array.from(null); } catch (e) { console.log(e.name); }
try { BigInt64Array.from([1]); } catch (e) { console.log(e.name); }
const TypedArray = Object.getPrototypeOf(Int8Array);
try { TypedArray.from([1]); } catch (e) { console.log(e.name); }
console.log(TypedArray.from === Int8Array.from, Int8Array.from.length, Int8Array.of.length, Object.hasOwn(Int8Array, 'from'));
