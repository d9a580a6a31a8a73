// Function.prototype.bind: name/length for odd cases, bound constructors with new and new.target, instanceof
function f(a, b, c) {}
Object.defineProperty(f, 'length', { value: -5 });
console.log(f.bind().length);
Object.defineProperty(f, 'length', { value: 2.7 });
console.log(f.bind(null, 1).length);
Object.defineProperty(f, 'length', { value: Infinity });
console.log(f.bind(null, 1, 2).length);
Object.defineProperty(f, 'length', { value: '3' });
console.log(f.bind().length);
Object.defineProperty(f, 'name', { value: 42 });
console.log(JSON.stringify(f.bind().name));
function g(x, y, ...rest) {}
console.log(g.bind(null, 1, 2, 3, 4).length, g.bind().name, g.bind().bind().name);
const bd = Object.getOwnPropertyDescriptor(g.bind(), 'name');
console.log(bd.writable, bd.enumerable, bd.configurable);
function Ctor(a, b) { this.sum = a + b; this.nt = new.target === Ctor; }
const B = Ctor.bind({ ignored: 1 }, 10);
const inst = new B(5);
console.log(inst.sum, inst.nt, inst instanceof B, Object.getPrototypeOf(inst) === Ctor.prototype);
class K { constructor(v) { this.v = v; } }
const BK = K.bind(null, 'bound');
console.log(new BK().v, new BK() instanceof K);
try { BK(); } catch (e) { console.log('class bound call', e.name); }
const arrow = (() => 1).bind({ x: 1 });
try { new arrow(); } catch (e) { console.log('new bound arrow', e.name); }
try { class Sub extends BK {} console.log('extends bound ok'); } catch (e) { console.log('extends bound (no prototype)', e.name); }
BK.prototype = K.prototype;
class Sub2 extends BK { constructor() { super(); this.sub = true; } }
const sb = new Sub2();
console.log(sb.v, sb.sub, sb instanceof K, sb instanceof Sub2);
console.log(Object.getPrototypeOf(B) === Function.prototype, typeof B.prototype);
