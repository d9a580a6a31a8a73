// Symbol.dispose and Symbol.asyncDispose are well-known symbols shared across realms of the registry rules
const log = [];
log.push(typeof Symbol.dispose + ' ' + typeof Symbol.asyncDispose);
log.push(Symbol.dispose.description + ' ' + Symbol.asyncDispose.description);
log.push(String(Symbol.dispose) + ' ' + String(Symbol.asyncDispose));
log.push('distinct ' + (Symbol.dispose !== Symbol.asyncDispose));
log.push('not registered ' + (Symbol.keyFor(Symbol.dispose) === undefined) + ' ' + (Symbol.keyFor(Symbol.asyncDispose) === undefined));
log.push('not Symbol.for ' + (Symbol.for('Symbol.dispose') !== Symbol.dispose));
for (const k of ['dispose', 'asyncDispose']) {
  const d = Object.getOwnPropertyDescriptor(Symbol, k);
  log.push(k + ' writable ' + d.writable + ' enumerable ' + d.enumerable + ' configurable ' + d.configurable);
}
log.push('-- which built-ins carry the methods');
const has = (o, s) => Object.prototype.hasOwnProperty.call(o, s);
const AsyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}.prototype));
log.push('Iterator.prototype has Symbol.dispose ' + has(Iterator.prototype, Symbol.dispose));
log.push('AsyncIterator.prototype has Symbol.asyncDispose ' + has(AsyncIteratorProto, Symbol.asyncDispose));
log.push('DisposableStack.prototype has Symbol.dispose ' + has(DisposableStack.prototype, Symbol.dispose));
log.push('AsyncDisposableStack.prototype has Symbol.asyncDispose ' + has(AsyncDisposableStack.prototype, Symbol.asyncDispose));
for (const [label, obj, sym] of [
  ['Iterator.prototype[Symbol.dispose]', Iterator.prototype, Symbol.dispose],
  ['AsyncIterator.prototype[Symbol.asyncDispose]', AsyncIteratorProto, Symbol.asyncDispose],
  ['DisposableStack.prototype[Symbol.dispose]', DisposableStack.prototype, Symbol.dispose],
]) {
  const d = Object.getOwnPropertyDescriptor(obj, sym);
  log.push(label + ': writable ' + d.writable + ' enumerable ' + d.enumerable + ' configurable ' + d.configurable);
}
log.push('array iterator inherits dispose ' + (typeof [].values()[Symbol.dispose]));
log.push('generator inherits dispose ' + (typeof (function* () {})()[Symbol.dispose]));
log.push('async generator inherits asyncDispose ' + (typeof (async function* () {})()[Symbol.asyncDispose]));
log.push('globals ' + ['DisposableStack', 'AsyncDisposableStack', 'SuppressedError'].map((n) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  return n + ':' + d.writable + d.enumerable + d.configurable;
}).join(' '));
console.log(log.join('\n'));
