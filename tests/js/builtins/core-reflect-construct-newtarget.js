// Reflect.construct with newTarget: prototype selection, new.target, built-ins, classes, non-constructors
function Base() { this.nt = new.target && new.target.name; }
function Other() {}
Other.prototype.fromOther = true;
const x = Reflect.construct(Base, [], Other);
console.log(x.nt, x.fromOther, x instanceof Other, x instanceof Base);
const arr = Reflect.construct(Array, [3], Other);
console.log(Array.isArray(arr), arr.length, arr instanceof Other);
try { Reflect.construct(Map, [[[1, 2]]], Other); } catch (e) { console.log('Map adder looked up on newTarget prototype', e.name); }
const m = Reflect.construct(Map, [], Other);
console.log(m instanceof Other, Map.prototype.set.call(m, 1, 'one') === m, Map.prototype.get.call(m, 1));
const err = Reflect.construct(TypeError, ['tm'], Other);
console.log(err instanceof Other, err.message, Object.prototype.toString.call(err));
function NoProto() {}
NoProto.prototype = 5;
const fallback = Reflect.construct(Base, [], NoProto);
console.log(Object.getPrototypeOf(fallback) === Object.prototype);
const fallbackArr = Reflect.construct(Array, [], NoProto);
console.log(Object.getPrototypeOf(fallbackArr) === Array.prototype);
class A { constructor() { this.target = new.target.name; } }
class B extends A {}
console.log(Reflect.construct(A, [], B).target, Reflect.construct(A, []).target, Reflect.construct(B, [], A) instanceof B);
try { Reflect.construct(() => {}, []); } catch (e) { console.log('arrow target', e.name); }
try { Reflect.construct(Base, [], () => {}); } catch (e) { console.log('arrow newTarget', e.name); }
try { Reflect.construct(Math.max, []); } catch (e) { console.log('builtin non-ctor', e.name); }
try { Reflect.construct(Base, 1); } catch (e) { console.log('args not object', e.name); }
console.log(Reflect.construct(Base, { length: 0 }).nt, Reflect.construct(Base.bind(null), [], Other).nt);
const bound = Base.bind(null);
console.log(Reflect.construct(Other, [], bound) instanceof Base);
console.log(Reflect.construct(String, ['s'], Other) instanceof Other, Reflect.construct(Object, [], Other) instanceof Other);
