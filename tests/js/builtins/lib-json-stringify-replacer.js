// JSON.stringify replacer: function (holder/this, key order, root key), array whitelist (dupes, numbers, objects)
const calls = [];
const out = JSON.stringify({ a: 1, b: [2, { c: 3 }], d: undefined }, function (k, v) {
  calls.push(JSON.stringify(k) + ':' + typeof v + (this === undefined ? '' : ':' + Array.isArray(this)));
  return v;
});
console.log(out);
console.log(calls.join(' '));
console.log(JSON.stringify({ a: 1, b: 'x', c: [1] }, (k, v) => (typeof v === 'number' ? v + 1 : v)));
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === '' ? [v, 'wrapped'] : v)), JSON.stringify(5, () => undefined));
console.log(JSON.stringify({ b: 1, a: 2, c: { a: 3, z: 4 }, 1: 'one' }, ['a', 'c', 'a', 1, new String('b'), {}, true]));
console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']), JSON.stringify({ a: 1 }, []), JSON.stringify({ a: 1 }, 'notfn'));
console.log(JSON.stringify({ 1: 'x', 2: 'y' }, [new Number(2)]), JSON.stringify({ a: { b: 1 } }, (k, v) => (k === 'b' ? undefined : v)));
console.log(JSON.stringify([1, 2], (k, v) => (k === '0' ? undefined : v)), JSON.stringify({ s: Symbol('q') }, (k, v) => (typeof v === 'symbol' ? v.toString() : v)));
