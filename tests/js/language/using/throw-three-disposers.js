// three failing disposers and a throwing body nest SuppressedErrors: newest error outermost, the body's error innermost
const log = [];
const thrower = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); throw new Error(name); } });
function describe(e) {
  if (e instanceof SuppressedError) return 'S(' + describe(e.error) + ', ' + describe(e.suppressed) + ')';
  return e.message;
}
try {
  using a = thrower('a'), b = thrower('b');
  using c = thrower('c');
} catch (e) {
  log.push(describe(e));
  log.push('e.error.message ' + e.error.message);
  log.push('e.suppressed is SuppressedError ' + (e.suppressed instanceof SuppressedError));
  log.push('e.suppressed.error.message ' + e.suppressed.error.message);
  log.push('e.suppressed.suppressed.message ' + e.suppressed.suppressed.message);
}
try {
  using a = thrower('a');
  using b = thrower('b');
  using c = thrower('c');
  throw new Error('body');
} catch (e) {
  log.push(describe(e));
}
console.log(log.join('\n'));
