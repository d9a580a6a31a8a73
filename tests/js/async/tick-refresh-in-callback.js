// refresh() inside a timeout's own callback makes it run again
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('run', n);
  if (n < 3) t.refresh();
}, 2);
setTimeout(() => console.log('end, runs =', n), 50);
