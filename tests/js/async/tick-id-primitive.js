// the primitive ids of Timeouts are distinct increasing numbers, stable across calls
const a = setTimeout(() => {}, 1);
const b = setTimeout(() => {}, 1);
const c = setInterval(() => {}, 1);
const ia = +a, ib = +b, ic = +c;
console.log('numbers', typeof ia, Number.isInteger(ia), ia > 0);
console.log('increasing', ia < ib, ib < ic);
console.log('stable', +a === ia, a[Symbol.toPrimitive]() === ia);
console.log('template', `${b}` === String(ib));
console.log('toPrimitive is a function', typeof a[Symbol.toPrimitive]);
clearInterval(ic);
setTimeout(() => console.log('done'), 2);
