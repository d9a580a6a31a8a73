// Array.prototype methods applied via call to array-likes, strings, arguments and objects with odd lengths
const al = { length: 3, 0: 'a', 1: 'b', 2: 'c', 3: 'ignored' };
console.log(Array.prototype.map.call(al, (x) => x.toUpperCase()), Array.prototype.slice.call(al, 1), Array.prototype.join.call(al, '+'));
const pushed = { length: 1, 0: 'x' };
console.log(Array.prototype.push.call(pushed, 'y', 'z'), JSON.stringify(pushed));
const noLen = {};
console.log(Array.prototype.push.call(noLen, 'first'), JSON.stringify(noLen));
console.log(Array.prototype.pop.call({}), JSON.stringify(Object.assign({}, (() => { const o = { length: 0 }; Array.prototype.pop.call(o); return o; })())));
const weird = { length: '2', 0: 'p', 1: 'q' };
console.log(Array.prototype.reverse.call(weird), Array.prototype.indexOf.call({ length: -1, 0: 'a' }, 'a'), Array.prototype.slice.call({ length: 2.9, 0: 0, 1: 1, 2: 2 }));
console.log(Array.prototype.filter.call('hello', (c) => c !== 'l'), Array.prototype.every.call('aaa', (c) => c === 'a'));
try { Array.prototype.push.call('abc', 'd'); } catch (e) { console.log('push on string', e.name); }
function f() { return Array.prototype.slice.call(arguments, 1).concat(Array.prototype.shift.call(arguments), arguments.length); }
console.log(f(1, 2, 3));
const spliced = { length: 4, 0: 'a', 1: 'b', 2: 'c', 3: 'd' };
console.log(Array.prototype.splice.call(spliced, 1, 2, 'X'), JSON.stringify(spliced));
const un = { length: 2, 0: 'b', 1: 'c' };
console.log(Array.prototype.unshift.call(un, 'a'), JSON.stringify(un));
console.log(Array.prototype.concat.call({ 0: 'obj' }, [1]).length, Array.prototype.concat.call(1, 2).map((x) => typeof x));
const spreadable = { length: 2, 0: 's0', 1: 's1', [Symbol.isConcatSpreadable]: true };
const notSpread = [9]; notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spreadable, notSpread).length, [0].concat(spreadable)[2]);
console.log(Array.prototype.fill.call({ length: 3 }, 1), Array.prototype.lastIndexOf.call({ length: 3, 2: 7 }, 7));
