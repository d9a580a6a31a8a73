// an unref'd timer still runs when a ref'd timer keeps the loop alive long enough
const u = setTimeout(() => console.log('unref 10 runs'), 10);
u.unref();
setTimeout(() => console.log('ref 100 runs'), 100);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('unref interval', n);
}, 40).unref();
console.log('unref returned the interval', typeof iv, iv.hasRef());
