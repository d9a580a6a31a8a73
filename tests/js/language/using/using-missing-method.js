// using an object without a callable [Symbol.dispose] throws a TypeError when the declaration is evaluated
const log = [];
const cases = [
  ['empty object', {}],
  ['dispose is null', { [Symbol.dispose]: null }],
  ['dispose is a number', { [Symbol.dispose]: 1 }],
  ['dispose is an object', { [Symbol.dispose]: {} }],
  ['string key "dispose"', { dispose() {} }],
  ['only asyncDispose', { async [Symbol.asyncDispose]() {} }],
  ['function without dispose', function () {}],
];
for (const [label, value] of cases) {
  try {
    using before = { [Symbol.dispose]() { log.push('  dispose before'); } };
    using x = value;
    log.push('unreachable ' + label);
  } catch (e) {
    log.push(label + ': ' + e.name);
  }
}
(async () => {
  for (const [label, value] of [
    ['await using empty object', {}],
    ['await using asyncDispose null, no dispose', { [Symbol.asyncDispose]: null }],
    ['await using asyncDispose not callable', { [Symbol.asyncDispose]: 'x', [Symbol.dispose]() {} }],
  ]) {
    try {
      await using x = value;
      log.push('unreachable ' + label);
    } catch (e) {
      log.push(label + ': ' + e.name);
    }
  }
  console.log(log.join('\n'));
})();
