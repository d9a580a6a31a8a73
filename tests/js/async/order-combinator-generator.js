// combinators consume a generator synchronously, calling Promise.resolve on each element
const log = (s) => console.log(s);
function* gen() {
  log('gen start');
  yield Promise.resolve(1);
  log('gen after 1');
  yield 2;
  log('gen done');
}
const p = Promise.all(gen());
log('Promise.all returned');
p.then((v) => log('all ' + v.join(',')));
function* failing() { yield 1; throw new Error('gen failed'); }
Promise.race(failing()).then((v) => log('race value ' + v), (e) => log('race rejected ' + e.message));
Promise.allSettled(gen()).then((r) => log('allSettled ' + r.map((x) => x.status).join(',')));
log('sync end');
