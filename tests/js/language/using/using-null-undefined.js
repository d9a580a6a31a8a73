// using x = null / undefined is allowed and disposes nothing; the binding keeps the value and is const
const log = [];
{
  using a = null;
  using b = undefined;
  using c = { [Symbol.dispose]() { log.push('dispose c'); } };
  using d = null;
  log.push('a=' + a + ' b=' + b);
}
log.push('after block');
function f() {
  using x = null;
  return 'f ok';
}
log.push(f());
try {
  using x = null;
  x = 1;
} catch (e) {
  log.push('assigning to using binding: ' + e.name);
}
{
  using x = { [Symbol.dispose]() { log.push('dispose original'); } };
  try {
    x = null;
  } catch (e) {
    log.push('reassign: ' + e.name);
  }
}
try {
  (() => {
    log.push('TDZ: ' + typeof y);
    using y = null;
  })();
} catch (e) {
  log.push('TDZ error: ' + e.name);
}
console.log(log.join('\n'));
