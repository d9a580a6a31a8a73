// resolution unwraps a thenable that resolves with a promise that resolves with a thenable
const log = (s) => console.log(s);
let tick = 0;
(function counter() { if (tick < 10) Promise.resolve().then(() => { tick++; counter(); }); })();
const inner = { then(r) { log('inner then at ' + tick); r('deep'); } };
const mid = Promise.resolve().then(() => inner);
const outer = { then(r) { log('outer then at ' + tick); r(mid); } };
new Promise((r) => r(outer)).then((v) => log('result ' + v + ' at ' + tick));
