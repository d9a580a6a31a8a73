// Promise.any takes the first fulfilment; if all reject, AggregateError lists reasons in input order
const log = (s) => console.log(s);
let r2;
const p2 = new Promise((_, rej) => { r2 = rej; });
Promise.any([Promise.reject('a'), p2, Promise.reject('c')]).catch((e) => {
  log('any rejected: ' + e.name + ' ' + (e instanceof AggregateError) + ' [' + e.errors.join(',') + ']');
});
Promise.any([Promise.reject('x'), 'y', Promise.resolve('z')]).then((v) => log('any fulfilled ' + v));
Promise.resolve().then(() => { log('t1 reject p2'); r2('b'); }).then(() => log('t2')).then(() => log('t3'));
log('sync end');
