// Promise.allSettled waits for everything and reports status objects in input order
const log = (s) => console.log(s);
let rejLater;
const later = new Promise((_, rej) => { rejLater = rej; });
later.catch(() => log('later handled'));
Promise.allSettled([Promise.reject('bad'), 'plain', later, Promise.resolve('good')])
  .then((results) => {
    for (const r of results) log(r.status + ' ' + ('value' in r ? 'value=' + r.value : 'reason=' + r.reason));
  });
Promise.resolve().then(() => log('t1')).then(() => { log('t2 reject later'); rejLater('late'); })
  .then(() => log('t3')).then(() => log('t4'));
log('sync end');
