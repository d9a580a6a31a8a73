// clearTimeout before the timer fires prevents it from running
const a = setTimeout(() => console.log('A (cleared, never)'), 5);
const b = setTimeout(() => console.log('B runs'), 5);
const c = setTimeout(() => console.log('C (cleared, never)'), 0);
clearTimeout(a);
clearTimeout(c);
Promise.resolve().then(() => {
  const d = setTimeout(() => console.log('D (cleared in then, never)'), 0);
  clearTimeout(d);
  console.log('then cleared D');
});
const e = setInterval(() => console.log('E (cleared, never)'), 1);
clearInterval(e);
console.log('sync');
