// try/catch/finally around blocks with using, and using in a finally block: disposal happens before catch and finally run
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
try {
  using a = res('a');
  log.push('try body');
  throw new Error('x');
} catch (e) {
  log.push('catch ' + e.message);
} finally {
  using f = res('in finally');
  log.push('finally body');
}
function f() {
  try {
    using r = res('try');
    return (log.push('return expr'), 1);
  } finally {
    log.push('finally after dispose');
  }
}
log.push('f ' + f());
function g() {
  using outer = res('outer');
  try {
    using inner = res('inner');
    return 'from try';
  } finally {
    log.push('finally runs');
  }
}
log.push('g ' + g());
function h() {
  try {
    using r = { [Symbol.dispose]() { log.push('dispose throws'); throw new Error('d'); } };
    return 'never';
  } catch (e) {
    log.push('caught ' + e.message);
    return 'from catch';
  } finally {
    log.push('h finally');
  }
}
log.push('h ' + h());
console.log(log.join('\n'));
