// a using held across yield is disposed when throw() is called; a throwing disposer wraps the thrown error
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
function* gen() {
  using r = res('r');
  yield 1;
  yield 2;
}
const it = gen();
it.next();
try {
  it.throw(new Error('injected'));
} catch (e) {
  log.push('caught ' + e.message);
}
log.push(JSON.stringify(it.next()));
function* gen2() {
  using r = { [Symbol.dispose]() { log.push('dispose throws'); throw new Error('dispose'); } };
  yield 1;
}
const it2 = gen2();
it2.next();
try {
  it2.throw(new Error('injected'));
} catch (e) {
  log.push(e.name + ' error=' + e.error.message + ' suppressed=' + e.suppressed.message);
}
function* gen3() {
  using r = res('caught inside');
  try {
    yield 1;
  } catch (e) {
    log.push('generator caught ' + e.message);
  }
  yield 2;
  log.push('gen3 end');
}
const it3 = gen3();
it3.next();
log.push(JSON.stringify(it3.throw(new Error('inner'))));
log.push(JSON.stringify(it3.next()));
function* gen4() {
  using r = { [Symbol.dispose]() { log.push('dispose on return throws'); throw new Error('dispose-on-return'); } };
  yield 1;
}
const it4 = gen4();
it4.next();
try {
  it4.return(5);
} catch (e) {
  log.push('return() threw ' + e.message + ' ' + (e instanceof SuppressedError));
}
console.log(log.join('\n'));
