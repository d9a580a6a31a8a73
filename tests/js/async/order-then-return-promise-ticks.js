// a tick counter measures how many ticks each kind of returned value delays the next then
const log = (s) => console.log(s);
let tick = 0;
(function counter() {
  if (tick < 8) Promise.resolve().then(() => { tick++; counter(); });
})();
const at = (label) => () => log(label + ' at tick ' + tick);
Promise.resolve().then(() => 1).then(at('plain'));
Promise.resolve().then(() => Promise.resolve(1)).then(at('resolved promise'));
Promise.resolve().then(() => Promise.reject(1)).catch(at('rejected promise'));
Promise.resolve().then(() => ({ then(r) { r(1); } })).then(at('thenable'));
Promise.resolve().then(() => new Promise((r) => r(Promise.resolve(1)))).then(at('nested promise'));
