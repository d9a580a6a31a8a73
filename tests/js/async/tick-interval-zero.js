// setInterval(f, 0) runs once per pass, after timeouts already due in that pass
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => console.log('interval then', n));
  if (n === 3) clearInterval(iv);
}, 0);
setTimeout(() => console.log('timeout 1'), 0);
setTimeout(() => console.log('timeout 2'), 1);
console.log('sync');
