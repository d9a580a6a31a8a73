// resolving a promise with another native promise takes two extra ticks
const log = (s) => console.log(s);
const inner = Promise.resolve('inner');
const outer = new Promise((resolve) => resolve(inner));
log('outer === inner ' + (outer === inner));
outer.then((v) => log('outer ' + v));
inner.then((v) => log('inner ' + v));
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
let late;
const waiting = new Promise((resolve) => resolve(new Promise((r) => { late = r; })));
waiting.then((v) => log('waiting ' + v));
Promise.resolve().then(() => { log('resolve late'); late('L'); });
