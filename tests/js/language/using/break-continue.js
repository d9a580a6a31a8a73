// break and continue leaving a block with using dispose the block's resources before the jump
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
for (let i = 0; i < 4; i++) {
  using r = res('iter ' + i);
  if (i === 1) { log.push('continue at 1'); continue; }
  if (i === 2) { log.push('break at 2'); break; }
  log.push('body ' + i);
}
log.push('after for');
let n = 0;
while (true) {
  using w = res('while ' + n);
  n++;
  if (n < 2) continue;
  {
    using inner = res('while inner');
    if (n === 2) break;
  }
}
log.push('after while');
do {
  using d = res('do');
  log.push('do body');
} while (false);
log.push('after do');
console.log(log.join('\n'));
