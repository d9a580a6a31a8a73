// a rejection handled in the same tick and then/catch/finally ordering relative to timers
setTimeout(() => console.log('timer 0'), 0);
const p = new Promise((_, reject) => setTimeout(() => reject(new TypeError('late')), 2));
p.catch((e) => console.log('caught', e.name, e.message)).finally(() => console.log('finally'));
setTimeout(() => console.log('timer 2 after reject'), 2);
Promise.reject(new RangeError('now')).then(
  () => console.log('never'),
  (e) => console.log('rejected handler', e.name)
);
console.log('sync');
