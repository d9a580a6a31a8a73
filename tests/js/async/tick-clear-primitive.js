// clearTimeout and clearInterval accept the primitive id of a Timeout
const a = setTimeout(() => console.log('A (never)'), 5);
const idA = +a;
console.log('typeof +a', typeof idA);
const b = setTimeout(() => console.log('B (never)'), 5);
const idB = b[Symbol.toPrimitive]();
console.log('ids differ', idA !== idB);
const c = setTimeout(() => console.log('C runs'), 5);
const iv = setInterval(() => console.log('interval (never)'), 2);
const idIv = iv[Symbol.toPrimitive]();
clearTimeout(idA);
clearTimeout(String(idB));
clearInterval(idIv);
console.log('string key works', `${c}` === String(+c));
setTimeout(() => console.log('done'), 10);
