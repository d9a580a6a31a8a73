// objects nested deeper than 2 levels are shown as [Object] / [Array]
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]]);
console.log([[[['deep']]], 'shallow']);
console.log({ l1: { l2: { l3: {} } } });
console.log({ l1: { l2: { l3: [] } } });
console.log({ a: [{ b: { c: 1 } }] });
console.log([{ x: [{ y: 1 }] }]);
