// labelled break/continue out of several nested blocks dispose every block left, innermost first
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
outer: {
  using a = res('a');
  {
    using b = res('b');
    {
      using c = res('c');
      log.push('break outer');
      break outer;
    }
  }
}
log.push('after outer');
loop: for (let i = 0; i < 3; i++) {
  using li = res('loop ' + i);
  for (let j = 0; j < 3; j++) {
    using lj = res('inner ' + i + j);
    if (j === 1) { log.push('continue loop'); continue loop; }
    if (i === 1) { log.push('break loop'); break loop; }
  }
}
log.push('after loop');
blk: {
  using x = res('x');
  if (true) break blk;
  log.push('unreachable');
}
log.push('end');
console.log(log.join('\n'));
