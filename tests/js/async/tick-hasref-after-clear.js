// hasRef() of a ref'd timeout stays true after clearTimeout, and ref() on a cleared timer sets it
const a = setTimeout(() => console.log('a (never)'), 5);
clearTimeout(a);
console.log('after clearTimeout, hasRef', a.hasRef());
const b = setTimeout(() => console.log('b (never)'), 500);
b.unref();
clearTimeout(b);
b.ref();
console.log('cleared then ref, hasRef', b.hasRef());
const iv = setInterval(() => {
  clearInterval(iv);
  console.log('after clearInterval in callback, hasRef', iv.hasRef());
}, 1);
