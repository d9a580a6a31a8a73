// boxed primitives inside containers and with special values
console.log([new Number(NaN), new Number(-0), new Number(Infinity)]);
console.log({ s: new String('it\'s'), b: new Boolean(true) });
console.log(new String(''));
console.log(new String('multi\nline'));
const n = new Number(3);
n.unit = 'cm';
console.log({ n });
console.log(Object(Symbol()));
console.log([Object('text')]);
