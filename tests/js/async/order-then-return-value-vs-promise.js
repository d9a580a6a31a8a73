// returning a plain value from then costs no tick; returning a native promise costs 2 extra ticks
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => { log('v1'); return 1; })
  .then((x) => log('v2 got ' + x));
Promise.resolve()
  .then(() => { log('p1'); return Promise.resolve(2); })
  .then((x) => log('p2 got ' + x));
Promise.resolve()
  .then(() => log('t1'))
  .then(() => log('t2'))
  .then(() => log('t3'))
  .then(() => log('t4'))
  .then(() => log('t5'));
