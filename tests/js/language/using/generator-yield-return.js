// a using held across yield in a generator is disposed when the consumer calls return()
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
function* gen() {
  using r = res('r');
  log.push('gen start');
  yield 1;
  {
    using inner = res('inner');
    yield 2;
    log.push('after yield 2');
  }
  yield 3;
  log.push('gen end');
}
const it = gen();
log.push('created (no dispose yet)');
log.push(JSON.stringify(it.next()));
log.push(JSON.stringify(it.next()));
log.push('calling return');
log.push(JSON.stringify(it.return('R')));
log.push(JSON.stringify(it.next()));
log.push('-- return before start never creates the resource');
const it2 = gen();
log.push(JSON.stringify(it2.return('early')));
log.push('-- exhausted');
for (const v of gen()) log.push('value ' + v);
log.push('-- return inside finally-less generator with yield in disposal path');
function* g3() {
  using r = res('g3');
  try {
    yield 'a';
  } finally {
    log.push('g3 finally');
  }
}
const it3 = g3();
it3.next();
log.push(JSON.stringify(it3.return('x')));
console.log(log.join('\n'));
