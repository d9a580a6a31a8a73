// several declarators in one using declaration are initialised left to right and disposed right to left
const log = [];
function res(name) {
  log.push('init ' + name);
  return { [Symbol.dispose]() { log.push('dispose ' + name); } };
}
{
  using a = res('a'), b = res('b'), c = res('c');
  using d = res('d'), e = res('e');
  log.push('body');
}
console.log(log.join('\n'));
// a declarator that throws during initialisation: earlier ones are still disposed and the error is not wrapped
const log2 = [];
try {
  using x = { [Symbol.dispose]() { log2.push('dispose x'); } },
        y = (() => { log2.push('init y throws'); throw new Error('init'); })(),
        z = { [Symbol.dispose]() { log2.push('dispose z'); } };
  log2.push('unreachable');
} catch (e) {
  log2.push('caught ' + e.name + ' ' + e.message + ' ' + (e instanceof SuppressedError));
}
console.log(log2.join('\n'));
