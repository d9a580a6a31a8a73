// using in arrow function bodies and in callbacks: each invocation disposes its resource
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
const arrow = (x) => {
  using r = res('arrow ' + x);
  log.push('arrow body ' + x);
  return x * 2;
};
log.push('result ' + arrow(1));
[10, 20].forEach((v) => {
  using r = res('forEach ' + v);
  log.push('callback ' + v);
});
const mapped = [1, 2, 3].map((v) => {
  using r = res('map ' + v);
  return v + 100;
});
log.push('mapped ' + mapped.join(','));
const curried = (a) => (b) => {
  using r = res('curried ' + a + b);
  return a + b;
};
log.push('curried ' + curried('x')('y'));
console.log(log.join('\n'));
