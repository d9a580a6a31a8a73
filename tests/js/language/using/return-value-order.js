// the return expression is evaluated before disposal; disposers see the final state and cannot change the returned value
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
function f() {
  using a = res('a');
  using b = res('b');
  return (log.push('compute return value'), 'value');
}
log.push('f returned ' + f());
function g() {
  const state = { n: 1 };
  using r = { [Symbol.dispose]() { state.n = 99; log.push('dispose sets n=99'); } };
  return state.n;
}
log.push('g returned ' + g());
function h() {
  const state = { n: 1 };
  using r = { [Symbol.dispose]() { state.n = 99; } };
  return state;
}
log.push('h returned object n=' + h().n);
function early(flag) {
  using a = res('early.a');
  if (flag) {
    using b = res('early.b');
    return (log.push('early return expr'), 'early');
  }
  using c = res('early.c');
  return 'late';
}
log.push(early(true));
log.push(early(false));
function disposerReturns() {
  using r = { [Symbol.dispose]() { return 'ignored'; } };
  return 'kept';
}
log.push(disposerReturns());
console.log(log.join('\n'));
