// inherited getters are not shown; own accessors on arrays, functions and Maps are
class P { get inherited() { return 1; } }
console.log(new P());
const f = function f() {};
Object.defineProperty(f, 'g', { get() { return 1; }, set(v) {}, enumerable: true });
console.log(f);
const m = new Map();
Object.defineProperty(m, 's', { set(v) {}, enumerable: true });
console.log(m);
console.log([{ get a() { return 1; } }, { set b(v) {} }]);
