// setInterval repeats with its arguments and this === the Timeout until clearInterval; clearing inside the callback stops it at once
let n = 0;
const iv = setInterval(function (a, b) {
  n++;
  console.log('interval', n, a, b, this === iv);
  process.nextTick(() => console.log('tick after interval', n));
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(() => console.log('count stays', n), 20);
  }
}, 2, 'x', 'y');
console.log(typeof iv, iv.constructor.name, iv.hasRef());
