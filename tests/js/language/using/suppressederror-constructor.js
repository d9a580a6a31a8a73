// the SuppressedError constructor: arguments, own properties, prototype chain, name and message
const log = [];
const err = new Error('inner');
const e = new SuppressedError(err, 'suppressed value', 'the message');
log.push('name ' + e.name);
log.push('message ' + e.message);
log.push('error is err ' + (e.error === err));
log.push('suppressed ' + e.suppressed);
log.push('instanceof SuppressedError ' + (e instanceof SuppressedError));
log.push('instanceof Error ' + (e instanceof Error));
log.push('own keys ' + Object.getOwnPropertyNames(e).filter((k) => k !== 'stack').join(','));
for (const k of ['error', 'suppressed', 'message']) {
  const d = Object.getOwnPropertyDescriptor(e, k);
  log.push(k + ': writable ' + d.writable + ' enumerable ' + d.enumerable + ' configurable ' + d.configurable);
}
log.push('toString ' + String(e));
const noMsg = new SuppressedError(1, 2);
log.push('no message: has own message ' + Object.prototype.hasOwnProperty.call(noMsg, 'message') + ', message "' + noMsg.message + '"');
log.push('no message: error ' + noMsg.error + ' suppressed ' + noMsg.suppressed);
const noArgs = new SuppressedError();
log.push('no args: has own error ' + Object.prototype.hasOwnProperty.call(noArgs, 'error') + ' value ' + noArgs.error +
  ', has own suppressed ' + Object.prototype.hasOwnProperty.call(noArgs, 'suppressed'));
const called = SuppressedError('a', 'b', 'called without new');
log.push('called without new: ' + (called instanceof SuppressedError) + ' ' + called.message);
const withCause = new SuppressedError('a', 'b', 'm', { cause: 'c' });
log.push('options.cause ignored: has own cause ' + Object.prototype.hasOwnProperty.call(withCause, 'cause'));
log.push('message converted ' + JSON.stringify(new SuppressedError(0, 0, 123).message));
log.push('-- constructor and prototype');
log.push('length ' + SuppressedError.length + ' name ' + SuppressedError.name);
log.push('__proto__ is Error ' + (Object.getPrototypeOf(SuppressedError) === Error));
log.push('prototype.__proto__ is Error.prototype ' + (Object.getPrototypeOf(SuppressedError.prototype) === Error.prototype));
log.push('prototype own keys ' + Object.getOwnPropertyNames(SuppressedError.prototype).sort().join(','));
log.push('prototype.name ' + SuppressedError.prototype.name + ' prototype.message "' + SuppressedError.prototype.message + '"');
log.push('prototype has own error ' + Object.prototype.hasOwnProperty.call(SuppressedError.prototype, 'error'));
log.push('toStringTag ' + Object.prototype.toString.call(e));
class MyErr extends SuppressedError {}
const m = new MyErr('x', 'y', 'sub');
log.push('subclass ' + (m instanceof MyErr) + ' ' + (m instanceof SuppressedError) + ' ' + m.name + ' ' + m.error + m.suppressed);
log.push('-- created by disposal');
try {
  using r = { [Symbol.dispose]() { throw 'd'; } };
  throw 'b';
} catch (x) {
  log.push('disposal-made: proto ok ' + (Object.getPrototypeOf(x) === SuppressedError.prototype));
  for (const k of ['error', 'suppressed']) {
    const d = Object.getOwnPropertyDescriptor(x, k);
    log.push(k + ': ' + d.value + ' writable ' + d.writable + ' enumerable ' + d.enumerable + ' configurable ' + d.configurable);
  }
}
console.log(log.join('\n'));
