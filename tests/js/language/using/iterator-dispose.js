// Iterator.prototype[Symbol.dispose] calls this.return() when present and returns undefined
const log = [];
const IteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
log.push('Iterator.prototype matches ' + (IteratorProto === Iterator.prototype));
const dispose = Iterator.prototype[Symbol.dispose];
log.push('typeof ' + typeof dispose + ', length ' + dispose.length + ', name ' + dispose.name);
const it = Object.create(Iterator.prototype);
it.return = function (...args) {
  log.push('return called, this ok ' + (this === it) + ', args ' + args.length);
  return { done: true, value: 'ignored' };
};
log.push('dispose returned ' + it[Symbol.dispose]());
const noReturn = Object.create(Iterator.prototype);
log.push('without return: ' + noReturn[Symbol.dispose]());
const nullReturn = Object.create(Iterator.prototype);
nullReturn.return = null;
log.push('return null: ' + nullReturn[Symbol.dispose]());
const badReturn = Object.create(Iterator.prototype);
badReturn.return = 5;
try {
  badReturn[Symbol.dispose]();
} catch (e) {
  log.push('return not callable: ' + e.name);
}
const throwingReturn = Object.create(Iterator.prototype);
throwingReturn.return = () => { throw new Error('return threw'); };
try {
  throwingReturn[Symbol.dispose]();
} catch (e) {
  log.push('propagates: ' + e.message);
}
const primitiveResult = Object.create(Iterator.prototype);
primitiveResult.return = () => 42;
log.push('non-object return result is fine: ' + primitiveResult[Symbol.dispose]());
log.push('called on a primitive with no return: ' + dispose.call(1));
log.push('-- built-in iterators');
const arrIt = [1, 2, 3][Symbol.iterator]();
log.push('array iterator has return: ' + ('return' in arrIt));
arrIt[Symbol.dispose]();
log.push('array iterator after dispose: ' + JSON.stringify(arrIt.next()));
const helper = [1, 2, 3].values().map((x) => x * 10);
log.push('helper first ' + helper.next().value);
helper[Symbol.dispose]();
log.push('helper after dispose ' + JSON.stringify(helper.next()));
{
  using u = Object.assign(Object.create(Iterator.prototype), { return() { log.push('using an iterator calls return'); } });
  log.push('block body');
}
console.log(log.join('\n'));
