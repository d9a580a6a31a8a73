// then with non-function arguments passes values and reasons through, one tick per link
const log = (s) => console.log(s);
Promise.resolve('v').then(null).then(undefined, undefined).then(42).then((v) => log('value passed: ' + v));
Promise.reject('e').then((v) => v).then('x').catch((e) => log('reason passed: ' + e));
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4')).then(() => log('t5'));
