// null-prototype objects and objects with Symbol.toStringTag
const np = Object.create(null);
np.nested = Object.create(null);
np.nested.x = 1;
console.log(np);
console.log({ [Symbol.toStringTag]: 'Custom' });
console.log({ a: 1, [Symbol.toStringTag]: 'Tagged' });
const protoTag = Object.create({ [Symbol.toStringTag]: 'Inherited' });
protoTag.v = 1;
console.log(protoTag);
console.log([Object.create(null), Object.create(Object.create(null))]);
