// each Promise.all element settles once even if its thenable calls back repeatedly
const log = (s) => console.log(s);
let saved;
const t = { then(res) { log('element then'); saved = res; res('first'); res('second'); } };
Promise.all([t, 'b']).then((v) => {
  log('all ' + v.join(','));
  saved('third');
  log('after late call');
});
Promise.allSettled([t]).then((r) => log('allSettled ' + r[0].value));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
