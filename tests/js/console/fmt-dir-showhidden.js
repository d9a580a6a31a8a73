// console.dir with showHidden reveals non-enumerable properties
console.dir([1, 2], { showHidden: true });
const o = {};
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
o.visible = 1;
console.dir(o, { showHidden: true });
console.dir(o);
console.dir(new Map([[1, 2]]), { showHidden: true });
