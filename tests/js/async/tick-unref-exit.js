// an unref'd timer does not keep the program alive; the loop exits without running it
const u = setTimeout(() => console.log('unref timer (never)'), 200);
u.unref();
const iv = setInterval(() => console.log('unref interval (never)'), 150);
iv.unref();
setTimeout(() => console.log('ref timer 10 runs'), 10);
Promise.resolve().then(() => console.log('then runs'));
console.log('sync');
