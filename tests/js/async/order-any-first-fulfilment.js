// Promise.any ignores rejections that happen before the first fulfilment and later settlements
const log = (s) => console.log(s);
let f1, r1;
const a = new Promise((_, rej) => { r1 = rej; });
const b = new Promise((res) => { f1 = res; });
a.catch(() => log('a rejection handled'));
Promise.any([a, b, new Promise(() => {})]).then((v) => log('any ' + v), () => log('never'));
Promise.race([b, a]).then((v) => log('race ' + v), (e) => log('race rejected ' + e));
Promise.resolve().then(() => { log('reject a'); r1('A'); }).then(() => { log('fulfil b'); f1('B'); });
