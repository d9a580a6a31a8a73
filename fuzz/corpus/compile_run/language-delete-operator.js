// delete: own properties, non-configurable properties, variables, array elements
const obj = { a: 1, b: 2 };
console.log(delete obj.a, 'a' in obj, delete obj.missing, delete obj['b'], Object.keys(obj).length);

// inherited properties are not affected
const proto = { p: 1 };
const child = Object.create(proto);
console.log(delete child.p, child.p);

// non-configurable: false in sloppy mode
const fixed = Object.defineProperty({}, 'x', { value: 1, configurable: false });
console.log(delete fixed.x, fixed.x);
console.log(delete Math.PI, Math.PI);
const arr = [1, 2, 3];
console.log(delete arr.length, arr.length);

// array elements leave holes
console.log(delete arr[1], arr.length, 1 in arr, arr[1]);

// deleting variables fails silently in sloppy mode
var v = 1;
function tryDeleteLocal() {
  var local = 1;
  return delete local;
}
console.log(tryDeleteLocal());

// implicit globals are deletable
globalThis.implicitGlobal = 1;
console.log(delete globalThis.implicitGlobal, typeof implicitGlobal);

// delete of non-references returns true
console.log(delete 1, delete (void 0));

// delete on frozen object
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);

// delete then re-add moves the key to the end
const order = { first: 1, second: 2 };
delete order.first;
order.first = 1;
console.log(Object.keys(order).join(','));

// delete with computed and symbol keys
const s = Symbol('s');
const withSym = { [s]: 1 };
console.log(delete withSym[s], Object.getOwnPropertySymbols(withSym).length);
