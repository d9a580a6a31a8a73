// mixed values inside containers: functions, classes, symbols, null-prototype, nested
class K {}
function fn() {}
console.log([fn, K, Symbol('s'), null, undefined, 1, 'str', true]);
console.log({ fn, K, sym: Symbol('s'), nothing: null });
console.log([[fn], { k: K }]);
console.log({ arr: [1, 'two', { three: 3 }], obj: { list: [] } });
console.log([new K(), [new K()], { k: new K() }]);
console.log({ a: 1 }, [2], 'three', 4, [{ five: [5] }]);
