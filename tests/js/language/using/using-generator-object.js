// using it = generator(): leaving the block closes the generator through Iterator.prototype[Symbol.dispose], running its finally
const log = [];
function* gen() {
  try {
    log.push('gen start');
    yield 1;
    yield 2;
    log.push('unreachable');
  } finally {
    log.push('gen finally');
  }
}
{
  using it = gen();
  log.push('has dispose ' + (typeof it[Symbol.dispose]) + ' inherited ' + !Object.prototype.hasOwnProperty.call(it, Symbol.dispose));
  log.push('next ' + it.next().value);
  log.push('block end');
}
log.push('after block');
{
  using it = gen();
  log.push('never started');
}
log.push('after not-started block');
const it2 = gen();
{
  using g = it2;
  for (const v of g) {
    log.push('value ' + v);
  }
}
log.push('exhausted generator disposed again, next: ' + JSON.stringify(it2.next()));
function* closesWithError() {
  try {
    yield 1;
  } finally {
    throw new Error('finally threw');
  }
}
try {
  using it = closesWithError();
  it.next();
  throw new Error('body');
} catch (e) {
  log.push(e.name + ' error=' + e.error.message + ' suppressed=' + e.suppressed.message);
}
function* yieldsInFinally() {
  try {
    yield 1;
  } finally {
    log.push('finally yields');
    yield 'from finally';
    log.push('never resumed');
  }
}
{
  using it = yieldsInFinally();
  it.next();
}
log.push('generator that yields in finally: dispose ignored the yield');
function* usesUsing() {
  using inner = { [Symbol.dispose]() { log.push('generator-internal using disposed'); } };
  yield 'x';
}
{
  using outer = usesUsing();
  outer.next();
}
console.log(log.join('\n'));
