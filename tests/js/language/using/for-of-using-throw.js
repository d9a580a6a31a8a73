// for (using x of ...) when the body throws: the value is disposed, then the iterator is closed, then the error propagates
const log = [];
const res = (name) => ({ name, [Symbol.dispose]() { log.push('dispose ' + name); } });
function* gen() {
  try {
    log.push('gen yields a');
    yield res('a');
    log.push('gen yields b');
    yield res('b');
    log.push('gen yields c');
    yield res('c');
  } finally {
    log.push('gen finally');
  }
}
try {
  for (using x of gen()) {
    log.push('body ' + x.name);
    if (x.name === 'b') throw new Error('stop');
  }
} catch (e) {
  log.push('caught ' + e.message);
}
log.push('-- break closes iterator after dispose');
for (using x of gen()) {
  log.push('body ' + x.name);
  break;
}
log.push('-- body and disposer both throw');
try {
  for (using x of [{ [Symbol.dispose]() { throw new Error('dispose'); } }]) {
    throw new Error('body');
  }
} catch (e) {
  log.push(e.name + ' ' + e.error.message + ' / ' + e.suppressed.message);
}
log.push('-- disposer throws after a normal body: iterator is closed, error propagates');
try {
  for (using x of (function* () {
    try {
      yield { [Symbol.dispose]() { log.push('dispose throws'); throw new Error('dispose failed'); } };
      yield res('never');
    } finally {
      log.push('iterator closed');
    }
  })()) {
    log.push('body completes normally');
  }
} catch (e) {
  log.push('caught ' + e.message);
}
log.push('-- non-disposable value in for-of');
try {
  for (using x of [res('ok'), 123]) log.push('body');
} catch (e) {
  log.push('caught ' + e.name);
}
console.log(log.join('\n'));
