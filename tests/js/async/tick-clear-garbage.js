// clearTimeout/clearInterval with garbage or missing arguments do nothing and throw nothing
const values = [undefined, null, 0, -1, NaN, 'abc', '', {}, [], true, 12345678, function () {}, Symbol('s')];
let ok = 0;
for (const v of values) {
  try { clearTimeout(v); clearInterval(v); ok++; } catch (e) { console.log('threw', e.name); }
}
clearTimeout();
clearInterval();
console.log('ok', ok, 'of', values.length);
setTimeout(() => console.log('timer still runs'), 1);
