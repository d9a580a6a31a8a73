// using a primitive value that is not null/undefined throws a TypeError at the declaration; earlier resources are disposed
const log = [];
for (const [label, value] of [
  ['number', 1],
  ['string', 'str'],
  ['boolean', true],
  ['symbol', Symbol('s')],
  ['bigint', 10n],
  ['zero', 0],
  ['empty string', ''],
]) {
  try {
    using before = { [Symbol.dispose]() { log.push('  dispose before (' + label + ')'); } };
    using x = value;
    log.push('unreachable ' + label);
  } catch (e) {
    log.push(label + ': ' + e.name + ' ' + (e instanceof TypeError));
  }
}
(async () => {
  for (const value of [1, 'str', false]) {
    try {
      await using x = value;
      log.push('unreachable');
    } catch (e) {
      log.push('await using ' + typeof value + ': ' + e.name);
    }
  }
  // a primitive with Symbol.dispose on its prototype is still rejected
  Number.prototype[Symbol.dispose] = function () { log.push('never called'); };
  try {
    using n = 5;
  } catch (e) {
    log.push('number with prototype dispose: ' + e.name);
  }
  delete Number.prototype[Symbol.dispose];
  console.log(log.join('\n'));
})();
