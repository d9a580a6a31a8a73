// finally costs extra ticks compared with then, measured against a tick counter
const log = (s) => console.log(s);
let tick = 0;
(function counter() {
  if (tick < 8) Promise.resolve().then(() => { tick++; counter(); });
})();
const at = (label) => () => log(label + ' at tick ' + tick);
Promise.resolve().then(() => {}).then(at('then'));
Promise.resolve().finally(() => {}).then(at('finally'));
Promise.reject().finally(() => {}).catch(at('finally on rejection'));
Promise.resolve().finally(() => {}).finally(() => {}).then(at('two finallys'));
Promise.resolve().catch(() => {}).then(at('catch on fulfilled'));
