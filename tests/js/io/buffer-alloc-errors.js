// Buffer.alloc / allocUnsafe / allocUnsafeSlow size validation: ERR_INVALID_ARG_TYPE and ERR_OUT_OF_RANGE messages
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, '|', e.name, '|', e.code, '|', e.message); }
}
const sizes = [
  ['-1', -1], ['-0.5', -0.5], ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity], ['2**53', 2 ** 53],
  ['2**42', 4294967296 * 1024], ['2**32+1', 2 ** 32 + 1], ["'5'", '5'], ['null', null], ['undefined', undefined],
  ['true', true], ['{}', {}], ['[1]', [1]], ['5n', 5n], ['symbol', Symbol('s')], ['1.5', 1.5], ['0', 0],
];
for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  for (const [label, size] of sizes) t(fn + ' ' + label, () => Buffer[fn](size).length);
}
t('from number', () => Buffer.from(3));
t('concat length -1', () => Buffer.concat([], -1).length);
