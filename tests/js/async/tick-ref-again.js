// ref() after unref() keeps the loop alive again; unref inside a callback lets it end
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 2) {
    iv.unref();
    console.log('interval unref, hasRef', iv.hasRef());
    const t = setTimeout(() => console.log('re-ref timer runs, n =', n), 5);
    t.unref();
    t.ref();
    console.log('t hasRef', t.hasRef());
  }
}, 40);
console.log('sync');
