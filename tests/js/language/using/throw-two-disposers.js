// two disposers throwing: the later-run disposer's error wraps the earlier one as suppressed
const log = [];
const thrower = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); throw new Error(name); } });
function describe(e) {
  if (e instanceof SuppressedError) return 'Suppressed(error=' + describe(e.error) + ', suppressed=' + describe(e.suppressed) + ')';
  if (e instanceof Error) return e.message;
  return String(e);
}
try {
  using a = thrower('a');
  using b = thrower('b');
  log.push('body');
} catch (e) {
  log.push(describe(e));
}
try {
  using a = thrower('a');
  using ok = { [Symbol.dispose]() { log.push('dispose ok'); } };
  using b = thrower('b');
} catch (e) {
  log.push(describe(e));
}
try {
  using a = thrower('a');
  using b = thrower('b');
  throw new Error('body');
} catch (e) {
  log.push(describe(e));
}
console.log(log.join('\n'));
