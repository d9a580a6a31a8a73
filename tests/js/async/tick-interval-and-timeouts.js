// interval runs interleave with timeouts according to their due times
setTimeout(() => console.log('timeout 25'), 25);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(iv);
}, 50);
setTimeout(() => console.log('timeout 75'), 75);
setTimeout(() => console.log('timeout 125'), 125);
setTimeout(() => console.log('timeout 200, runs =', n), 200);
console.log('sync');
