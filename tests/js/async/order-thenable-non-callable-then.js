// objects whose then is not callable are fulfilment values, not thenables
const log = (s) => console.log(s);
const o1 = { then: 5 };
Promise.resolve(o1).then((v) => log('then:5 fulfilled as value: ' + (v === o1)));
const o2 = { then: null };
new Promise((r) => r(o2)).then((v) => log('then:null fulfilled as value: ' + (v === o2)));
function f() {}
f.then = (r) => { log('function thenable called'); r('from function'); };
Promise.resolve(f).then((v) => log('function thenable -> ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2'));
log('sync end');
