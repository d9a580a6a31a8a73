// a thenable returned from a then handler is unwrapped one tick later; async thenable delays further
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => { log('a1'); return { then(r) { log('a then'); r('A'); } }; })
  .then((v) => log('a2 ' + v));
Promise.resolve()
  .then(() => {
    log('b1');
    return { then(r) { log('b then'); Promise.resolve().then(() => { log('b resolves'); r('B'); }); } };
  })
  .then((v) => log('b2 ' + v));
Promise.resolve()
  .then(() => log('c1')).then(() => log('c2')).then(() => log('c3')).then(() => log('c4')).then(() => log('c5'));
