// String() and toString conversions of various values
console.log(String(123), String(-0), String(0.1), String(1e21), String(1e-7), String(123e-20), String(2 ** 70));
console.log(String(null), String(undefined), String(true), String(NaN), String(Infinity), String(-Infinity));
console.log(String([1, [2, 3]]), String([]), String([null]), String([undefined, 1]), String({}), String(Symbol('desc')));
console.log(String(function () {}.name), String(class {}.name));
console.log(String(new String('boxed')), typeof String(new String('boxed')), typeof new String('x'));
console.log(String({ toString() { return 'custom'; } }), String({ valueOf() { return 1; }, toString: undefined }));

// String() vs '' + for symbols
try { '' + Symbol('x'); } catch (e) { console.log('implicit symbol', e.name); }

// toString methods
console.log((123).toString(), true.toString(), [1, 2].toString(), Symbol('s').toString());
console.log(Object.prototype.toString.call('x'), 'str'.toString() === 'str');

// String object features
const boxed = new String('box');
boxed.extra = 1;
console.log(boxed.length, boxed[1], boxed.extra, boxed == 'box', boxed === 'box', Object.keys(boxed));
console.log(typeof boxed.valueOf(), boxed.valueOf());

// String.prototype methods require coercible this
try { String.prototype.slice.call(undefined); } catch (e) { console.log('slice undefined', e.name); }
