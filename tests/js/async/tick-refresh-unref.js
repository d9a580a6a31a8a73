// refresh() keeps an unref'd timer unref'd
setTimeout(() => {
  console.log('B (30) refreshes A again');
  a.refresh();
}, 30);
const a = setTimeout(() => console.log('A (never)'), 60);
a.unref();
a.refresh();
setTimeout(() => console.log('C (70) last ref timer'), 70);
console.log('hasRef after refresh', a.hasRef());
