// refresh() on a pending interval restarts its countdown
setTimeout(() => { console.log('refresh interval at 60'); iv.refresh(); }, 60);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(iv);
}, 100);
setTimeout(() => console.log('timeout 130'), 130);
setTimeout(() => console.log('timeout 210'), 210);
