// using in function bodies: disposed when the call returns, once per call, including recursion
const log = [];
function res(name) {
  return { [Symbol.dispose]() { log.push('dispose ' + name); } };
}
function f(n) {
  using r = res('f' + n);
  log.push('enter f' + n);
  if (n > 0) f(n - 1);
  log.push('leave f' + n);
}
f(2);
log.push('--');
function g() {
  using a = res('g.a');
  function inner() {
    using b = res('inner.b');
    log.push('inner body');
  }
  inner();
  log.push('g after inner');
  inner();
  log.push('g end');
}
g();
log.push('--');
const obj = {
  method() {
    using m = res('method');
    log.push('method body ' + (this === obj));
    return 'ret';
  },
};
log.push('returned ' + obj.method());
console.log(log.join('\n'));
