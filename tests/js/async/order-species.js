// Symbol.species controls which constructor then() uses for the derived promise
const log = (s) => console.log(s);
class Plain extends Promise {
  static get [Symbol.species]() { log('species read'); return Promise; }
}
const p = new Plain((r) => r('v'));
const derived = p.then((v) => log('handler ' + v));
log('derived is Plain: ' + (derived instanceof Plain) + ', is Promise: ' + (derived instanceof Promise));
log('Promise[Symbol.species] === Promise: ' + (Promise[Symbol.species] === Promise));
class Logged extends Promise {
  constructor(ex) { log('Logged constructor'); super(ex); }
}
const l = Logged.resolve(1);
log('calling finally');
l.finally(() => log('finally handler')).then(() => log('after finally'));
log('sync end');
