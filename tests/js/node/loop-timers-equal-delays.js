// timers fire by expiry; timers with equal delays fire in creation order
const out = [];
setTimeout(() => out.push(30), 30);
setTimeout(() => out.push(20), 20);
setTimeout(() => out.push(10), 10);
setTimeout(() => out.push('10b'), 10);
setTimeout(() => out.push('20b'), 20);
setTimeout(() => out.push('10c'), 10);
setTimeout(() => { out.push(40); console.log(out.join(' ')); }, 40);
