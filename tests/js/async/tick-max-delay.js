// the largest allowed delay (2^31-1) is kept; an unref'd timer with it never runs
const big = setTimeout(() => console.log('never'), 2 ** 31 - 1);
big.unref();
console.log('hasRef', big.hasRef());
const big2 = setTimeout(() => console.log('never 2'), 2147483647);
setTimeout(() => {
  console.log('short ran');
  clearTimeout(big2);
  console.log('cleared big2');
}, 5);
console.log('sync');
