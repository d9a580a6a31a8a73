// Promise.all resolves in input order, accepts non-promises, and settles relative to other chains
const log = (s) => console.log(s);
let late;
const pending = new Promise((r) => { late = r; });
Promise.all([Promise.resolve('a'), 'b', pending, { then(r) { log('thenable then'); r('d'); } }])
  .then((vals) => log('all: ' + vals.join(',')));
Promise.all([1, Promise.resolve(2)]).then((v) => log('quick all: ' + v.join(',')));
Promise.resolve()
  .then(() => log('t1')).then(() => { log('t2 resolve pending'); late('c'); }).then(() => log('t3'))
  .then(() => log('t4')).then(() => log('t5'));
log('sync end');
