// clearTimeout stops intervals and clearInterval stops timeouts
const iv = setInterval(() => console.log('interval (never)'), 1);
const t = setTimeout(() => console.log('timeout (never)'), 1);
clearTimeout(iv);
clearInterval(t);
let n = 0;
const iv2 = setInterval(() => {
  console.log('iv2', ++n);
  if (n === 2) clearTimeout(iv2);
}, 1);
setTimeout(() => console.log('done, n =', n), 100);
