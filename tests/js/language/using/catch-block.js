// using declared directly in a catch block (with and without a catch binding) is disposed when the catch block ends
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
try {
  using a = res('try');
  throw new Error('x');
} catch (e) {
  log.push('catch ' + e.message);
  using c = res('in catch');
  log.push('catch body');
} finally {
  log.push('finally');
}
try {
  throw 1;
} catch {
  using c = res('in bindingless catch');
  log.push('bindingless catch body');
}
function f() {
  try {
    throw new Error('y');
  } catch (e) {
    using c = res('catch before return');
    return (log.push('return from catch'), 'r');
  }
}
log.push('f ' + f());
try {
  try {
    throw new Error('original');
  } catch (e) {
    using c = { [Symbol.dispose]() { throw new Error('dispose in catch'); } };
    throw new Error('rethrown from catch');
  }
} catch (e) {
  log.push(e.name + ' error=' + e.error.message + ' suppressed=' + e.suppressed.message);
}
console.log(log.join('\n'));
