// body throws and a disposer throws: a SuppressedError with error = disposer's error, suppressed = body's error
const bodyErr = new Error('body');
const disposeErr = new Error('dispose');
const log = [];
try {
  using r = { [Symbol.dispose]() { log.push('dispose runs'); throw disposeErr; } };
  log.push('body throws');
  throw bodyErr;
} catch (e) {
  log.push('caught ' + e.name);
  log.push('instanceof SuppressedError ' + (e instanceof SuppressedError));
  log.push('instanceof Error ' + (e instanceof Error));
  log.push('error is disposeErr ' + (e.error === disposeErr));
  log.push('suppressed is bodyErr ' + (e.suppressed === bodyErr));
}
// only the body throws: the body's error propagates unchanged
try {
  using r = { [Symbol.dispose]() { log.push('quiet dispose'); } };
  throw bodyErr;
} catch (e) {
  log.push('body only: same error ' + (e === bodyErr));
}
// only the disposer throws: its error propagates unchanged
try {
  using r = { [Symbol.dispose]() { throw disposeErr; } };
  log.push('body ok');
} catch (e) {
  log.push('dispose only: same error ' + (e === disposeErr));
}
// non-Error values thrown are kept as they are
try {
  using r = { [Symbol.dispose]() { throw 'from dispose'; } };
  throw 42;
} catch (e) {
  log.push(e.name + ' error=' + e.error + ' suppressed=' + e.suppressed);
}
console.log(log.join('\n'));
