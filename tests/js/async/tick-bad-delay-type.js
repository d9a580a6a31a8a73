// a Symbol or BigInt delay throws TypeError; a throwing valueOf propagates before scheduling
try { setTimeout(() => console.log('symbol (never)'), Symbol('d')); } catch (e) { console.log('symbol', e.name); }
try { setTimeout(() => console.log('bigint (never)'), 5n); } catch (e) { console.log('bigint', e.name); }
try {
  setTimeout(() => console.log('valueOf (never)'), { valueOf() { throw new RangeError('mine'); } });
} catch (e) {
  console.log('valueOf threw', e.name, e.message);
}
setTimeout(() => console.log('only this timer runs'), 1);
// The handler is converted before the delay (WebIDL argument order): a handler's toString
// runs first. (HTML: a non-function handler becomes a string; Node 20 would throw here.)
setTimeout({ toString() { console.log('handler converted first'); return ''; } }, {
  valueOf() { console.log('then the delay'); return 1; },
});
