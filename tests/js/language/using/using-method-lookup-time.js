// the dispose method is read once when the declaration runs; later changes to the object do not affect disposal
const log = [];
{
  const obj = {
    get [Symbol.dispose]() {
      log.push('getter read');
      return function () { log.push('original dispose, this ok ' + (this === obj) + ', args ' + arguments.length); };
    },
  };
  log.push('before using');
  using x = obj;
  log.push('after using');
  Object.defineProperty(obj, Symbol.dispose, { value() { log.push('replaced dispose (should not run)'); } });
  log.push('end of block');
}
{
  const obj = { [Symbol.dispose]() { log.push('second: original'); } };
  using x = obj;
  delete obj[Symbol.dispose];
  log.push('second: deleted the method');
}
try {
  const obj = { get [Symbol.dispose]() { throw new Error('getter throws'); } };
  using x = obj;
  log.push('unreachable');
} catch (e) {
  log.push('getter error propagates: ' + e.message);
}
{
  class Res {
    constructor(n) { this.n = n; }
    [Symbol.dispose]() { log.push('Res dispose ' + this.n); }
  }
  using a = new Res(1);
  using b = Object.create(new Res(2));
  log.push('inherited methods work');
}
{
  const proxy = new Proxy({}, {
    get(t, k) {
      log.push('proxy get ' + String(k));
      return k === Symbol.dispose ? () => log.push('proxy dispose') : undefined;
    },
  });
  using p = proxy;
  log.push('proxy body');
}
console.log(log.join('\n'));
