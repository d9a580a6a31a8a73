// once resolved, later resolve/reject calls and throws in the executor are ignored
const log = (s) => console.log(s);
new Promise((resolve, reject) => { resolve(1); reject(2); resolve(3); })
  .then((v) => log('a fulfilled ' + v), (e) => log('a rejected ' + e));
new Promise((resolve, reject) => { reject(1); resolve(2); })
  .then((v) => log('b fulfilled ' + v), (e) => log('b rejected ' + e));
new Promise((resolve) => { resolve('c'); throw new Error('ignored'); })
  .then((v) => log('c fulfilled ' + v), (e) => log('c rejected ' + e.message));
let pend;
new Promise((resolve, reject) => { resolve(new Promise((r) => { pend = r; })); reject('d-ignored'); })
  .then((v) => log('d fulfilled ' + v), (e) => log('d rejected ' + e));
Promise.resolve().then(() => { log('settle d'); pend('D'); });
log('sync end');
