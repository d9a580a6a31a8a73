// includes (SameValueZero) vs indexOf/lastIndexOf (strict equality) with NaN, -0, holes and fromIndex
const a = [NaN, -0, , undefined, 'x'];
console.log(a.includes(NaN), a.indexOf(NaN), a.lastIndexOf(NaN), a.findIndex(Number.isNaN));
console.log(a.includes(0), a.indexOf(0), a.indexOf(+0), a.lastIndexOf(-0), Object.is(a[a.indexOf(0)], -0));
console.log(a.includes(undefined), a.indexOf(undefined), [, ,].includes(undefined), [, ,].indexOf(undefined));
console.log([1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -1), [1, 2, 3].includes(1, -100), [1, 2, 3].includes(3, 3));
console.log([1, 2, 1].indexOf(1, 1), [1, 2, 1].lastIndexOf(1, -2), [1, 2, 1].lastIndexOf(1, -4), [1, 2, 1].indexOf(1, 1.9));
console.log(['1'].includes(1), [1].indexOf('1'), [null].includes(undefined), [[]].includes([]));
console.log(Array.prototype.includes.call({ length: 2, 0: NaN }, NaN), Array.prototype.indexOf.call('abcb', 'b'), Array.prototype.lastIndexOf.call('abcb', 'b'));
const log = [];
const proxied = new Proxy([1, 2, 3], { get(t, k) { if (typeof k === 'string') log.push(k); return t[k]; } });
Array.prototype.includes.call(proxied, 2);
Array.prototype.indexOf.call(proxied, 2);
console.log(log.join(','));
console.log([1, 2, 3].includes(2, { valueOf() { return 1; } }), [].includes(), [undefined].includes());
