// clearing a timer that already fired, or clearing a timer inside its own callback, is harmless
const a = setTimeout(() => {
  console.log('A runs');
  clearTimeout(a);
  console.log('A cleared itself');
}, 1);
setTimeout(() => {
  clearTimeout(a);
  clearTimeout(a);
  clearInterval(a);
  console.log('A cleared again later');
}, 10);
setTimeout(() => console.log('last'), 20);
console.log('sync');
