// using declarations in one block are disposed in reverse order of declaration, after the block body
const log = [];
function res(name) {
  log.push('create ' + name);
  return { name, [Symbol.dispose]() { log.push('dispose ' + this.name); } };
}
{
  using a = res('a');
  log.push('after a');
  using b = res('b');
  log.push('after b');
  using c = res('c');
  log.push('body end');
}
log.push('after block');
console.log(log.join('\n'));
