function add(a, b) { return a + b; }
const traced = new Proxy(add, {
  apply(target, thisArg, args) {
    console.log("apply", thisArg === undefined ? "undefined" : typeof thisArg, args);
    return target.apply(thisArg, args) * 2;
  },
});
console.log(traced(1, 2), traced.call({}, 3, 4), traced.apply(null, [5, 6]), Reflect.apply(traced, 1, [7, 8]));
console.log(typeof traced, traced.name, traced.length, Function.prototype.toString.call(traced));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = new Proxy(Point, {
  construct(target, args, newTarget) {
    console.log("construct", args, newTarget === P);
    return Reflect.construct(target, args, newTarget);
  },
});
const pt = new P(1, 2);
console.log(pt, pt instanceof Point);
class Sub extends P { constructor() { super(9, 9); this.z = 0; } }
console.log(new Sub());
const noCtor = new Proxy(() => 1, {});
try { new noCtor(); } catch (e) { console.log(e.constructor.name); }
const objProxy = new Proxy({}, { apply() { return 1; } });
try { objProxy(); } catch (e) { console.log(e.constructor.name); }
console.log(typeof objProxy);
