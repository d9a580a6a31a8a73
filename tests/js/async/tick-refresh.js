// refresh() restarts a pending timer's countdown, pushing it after later timers
setTimeout(() => {
  console.log('B (60) refreshes A');
  a.refresh();
}, 60);
const a = setTimeout(() => console.log('A (100, refreshed at 60)'), 100);
setTimeout(() => console.log('C (130)'), 130);
setTimeout(() => console.log('D (200)'), 200);
console.log('sync');
