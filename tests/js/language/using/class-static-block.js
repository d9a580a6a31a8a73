// using inside a class static block is disposed when the static block finishes, before the next static element
const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name); } });
class C {
  static a = (log.push('field a'), 1);
  static {
    using r = res('static block 1');
    log.push('static block 1 body');
  }
  static b = (log.push('field b'), 2);
  static {
    using r1 = res('static block 2 r1'), r2 = res('static block 2 r2');
    log.push('static block 2 body');
    this.c = 3;
  }
}
log.push('class defined ' + C.a + C.b + C.c);
try {
  class D {
    static {
      using r = res('D static');
      throw new Error('boom');
    }
  }
} catch (e) {
  log.push('caught ' + e.message);
}
console.log(log.join('\n'));
