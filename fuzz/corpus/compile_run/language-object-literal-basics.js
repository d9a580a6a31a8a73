// object literals: shorthand properties, computed keys, numeric and string keys
const a = 1, b = 'two';
const o = { a, b, 'quoted key': 3, 42: 'num', 1.5: 'float', [a + b]: 'computed', [`t${a}`]: 'template' };
console.log(o.a, o.b, o['quoted key'], o[42], o['1.5'], o['1two'], o.t1);

// computed keys are evaluated in order and converted to strings
const order = [];
const k = (name) => { order.push(name); return name; };
const ordered = { [k('x')]: k('vx'), [k('y')]: k('vy') };
console.log(order.join(','), Object.keys(ordered).join(','));

// object as computed key uses toString
const keyObj = { toString() { return 'fromToString'; } };
const withObjKey = { [keyObj]: 1 };
console.log(Object.keys(withObjKey)[0]);

// numeric keys are normalised
const nums = { 0x10: 'hex', 1e3: 'exp', .5: 'half' };
console.log(Object.keys(nums).join(','));

// reserved words as property names
const reserved = { if: 1, class: 2, new: 3, typeof: 4, null: 5, true: 6 };
console.log(reserved.if + reserved.class + reserved.new + reserved.typeof + reserved.null + reserved.true);

// trailing commas
const trailing = { x: 1, };
console.log(Object.keys(trailing).length);

// nested literals
const nested = { inner: { deep: { value: 'deep' } }, list: [1, { two: 2 }] };
console.log(nested.inner.deep.value, nested.list[1].two);

// property values referencing earlier ones are not possible via this
const self = { x: 1, y: typeof this };
console.log(self.y);
