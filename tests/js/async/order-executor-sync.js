// the Promise executor runs synchronously; then callbacks never run synchronously
const log = (s) => console.log(s);
log('start');
const p = new Promise((resolve, reject) => {
  log('executor start ' + typeof resolve + ' ' + typeof reject);
  resolve('v');
  log('executor after resolve');
});
log('after constructor');
p.then((v) => log('then ' + v));
log('after then registration');
const q = new Promise(() => { log('executor 2'); });
q.then(() => log('never'));
log('end');
