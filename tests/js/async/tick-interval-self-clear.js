// setInterval runs repeatedly until clearInterval is called from its own callback
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 5) {
    clearInterval(iv);
    console.log('cleared at', n);
    setTimeout(() => console.log('after clear, n =', n), 20);
  }
}, 2);
console.log('started');
