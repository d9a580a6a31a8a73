// a Symbol or BigInt delay throws TypeError; a throwing valueOf propagates before scheduling
try { setTimeout(() => console.log('symbol (never)'), Symbol('d')); } catch (e) { console.log('symbol', e.name); }
try { setTimeout(() => console.log('bigint (never)'), 5n); } catch (e) { console.log('bigint', e.name); }
try {
  setTimeout(() => console.log('valueOf (never)'), { valueOf() { throw new RangeError('mine'); } });
} catch (e) {
  console.log('valueOf threw', e.name, e.message);
}
setTimeout(() => console.log('only this timer runs'), 1);
try {
  setTimeout(42, { valueOf() { console.log('valueOf called (never)'); return 1; } });
} catch (e) {
  console.log('callback checked before delay', e.name);
}
