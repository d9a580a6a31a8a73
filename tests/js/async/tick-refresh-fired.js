// refresh() on a timeout that already fired schedules it again
let runs = 0;
const t = setTimeout(() => console.log('t run', ++runs), 2);
setTimeout(() => {
  console.log('refreshing fired t');
  t.refresh();
}, 10);
setTimeout(() => console.log('last, runs =', runs), 40);
