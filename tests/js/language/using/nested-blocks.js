// nested blocks dispose their own resources when each block exits, innermost first
const log = [];
function res(name) {
  return { [Symbol.dispose]() { log.push('dispose ' + name); } };
}
{
  using outer1 = res('outer1');
  {
    using inner1 = res('inner1');
    {
      using deepest = res('deepest');
      log.push('deepest body');
    }
    log.push('after deepest block');
    using inner2 = res('inner2');
    log.push('inner body end');
  }
  log.push('after inner block');
  using outer2 = res('outer2');
  {
    log.push('empty-using block');
  }
  log.push('outer body end');
}
log.push('done');
console.log(log.join('\n'));
