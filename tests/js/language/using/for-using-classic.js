// for (using x = ...; cond; update): the resource lives for the whole loop and is disposed once when the loop ends
const log = [];
const res = (name) => ({ name, count: 0, [Symbol.dispose]() { log.push('dispose ' + name + ' count=' + this.count); } });
for (using r = res('r'); r.count < 3; r.count++) {
  log.push('iteration ' + r.count);
}
log.push('after loop 1');
for (using a = res('a'), b = res('b'); a.count < 1; a.count++) {
  log.push('body ' + a.name + b.name);
}
log.push('after loop 2');
for (using r = res('brk'); ; r.count++) {
  if (r.count === 2) { log.push('break'); break; }
  log.push('body ' + r.count);
}
log.push('after loop 3');
function f() {
  for (using r = res('ret'); ; r.count++) {
    if (r.count === 1) return (log.push('return expr'), 'returned');
  }
}
log.push(f());
try {
  for (using r = res('thr'); ; r.count++) {
    if (r.count === 1) throw new Error('boom');
  }
} catch (e) {
  log.push('caught ' + e.message);
}
for (using r = res('zero'); false; ) {
  log.push('never');
}
log.push('end');
console.log(log.join('\n'));
