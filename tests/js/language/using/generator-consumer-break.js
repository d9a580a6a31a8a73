// breaking out of for-of over a generator holding a using disposes it (through return()) before the loop exits
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
function* numbers() {
  using conn = res('conn');
  for (let i = 0; ; i++) {
    using row = res('row ' + i);
    log.push('yield ' + i);
    yield i;
  }
}
for (const n of numbers()) {
  log.push('got ' + n);
  if (n === 2) { log.push('break'); break; }
}
log.push('after loop');
function* finite() {
  using r = res('finite');
  yield 'a';
  yield 'b';
  log.push('finite body end');
}
log.push([...finite()].join(','));
const [first] = finite();
log.push('destructured ' + first);
try {
  for (const v of numbers()) {
    if (v === 1) throw new Error('consumer error');
  }
} catch (e) {
  log.push('caught ' + e.message);
}
console.log(log.join('\n'));
