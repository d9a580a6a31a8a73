// three chains started at different depths interleave by tick, registration order breaks ties
const log = (s) => console.log(s);
const p = Promise.resolve(0);
p.then(() => log('a1')).then(() => log('a2')).then(() => log('a3'));
p.then(() => log('b1')).then(() => log('b2'));
Promise.resolve()
  .then(() => {
    log('c1');
    Promise.resolve().then(() => log('c1-inner'));
  })
  .then(() => log('c2'))
  .then(() => log('c3'));
p.then(() => log('d1'));
log('sync');
