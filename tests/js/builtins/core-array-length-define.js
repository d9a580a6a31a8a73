// Defining array length: ToNumber called twice, accessor/enumerable rejections, non-writable length blocks new indices
let n = 0;
const a = [1, 2, 3];
Object.defineProperty(a, 'length', { value: { valueOf() { n++; return 1; } } });
console.log(a, n);
n = 0; const b = [1, 2, 3]; b.length = { valueOf() { n++; return 2; } }; console.log(b, n);
n = 0; const c = [1, 2, 3]; Reflect.set(c, 'length', { valueOf() { n++; return 0; } }); console.log(c, n);
const d = []; try { Object.defineProperty(d, 'length', { value: 1, get() {} }); } catch (e) { console.log(e.name); }
try { Object.defineProperty(d, 'length', { get() { return 1; } }); } catch (e) { console.log('accessor length', e.name); }
try { Object.defineProperty(d, 'length', { enumerable: true }); } catch (e) { console.log('enum length', e.name); }
const e = [1, 2]; Object.defineProperty(e, 'length', { value: 5, writable: false });
console.log(e.length, Object.getOwnPropertyDescriptor(e, 'length'));
try { Object.defineProperty(e, 5, { value: 1 }); } catch (x) { console.log('index >= nonwritable length', x.name); }
Object.defineProperty(e, 4, { value: 'ok' }); console.log(e);
console.log(Reflect.defineProperty(e, 'length', { value: 5 }), Reflect.defineProperty(e, 'length', { value: 6 }), Reflect.defineProperty(e, 'length', { value: 1 }));
const f = [1, 2, 3]; Object.defineProperty(f, 'length', { value: 1, writable: false }); console.log(f, Object.getOwnPropertyDescriptor(f, 'length').writable);
const g = [1, 2, 3]; Object.defineProperty(g, 0, { configurable: false });
console.log(Reflect.defineProperty(g, 'length', { value: 0, writable: false }), g.length, Object.getOwnPropertyDescriptor(g, 'length').writable);
