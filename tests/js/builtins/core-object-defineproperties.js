// Object.defineProperty/defineProperties: defaults, redefinition rules, validation, order of application
const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
try { Object.defineProperty(o, 'x', { value: 2 }); } catch (e) { console.log('redefine non-configurable', e.name); }
Object.defineProperty(o, 'x', { value: 1 });
console.log('same value ok', o.x);
try { Object.defineProperty(o, 'x', { enumerable: true }); } catch (e) { console.log('enumerable change', e.name); }
const w = {};
Object.defineProperty(w, 'y', { value: 1, writable: true });
Object.defineProperty(w, 'y', { value: 2 });
Object.defineProperty(w, 'y', { writable: false });
console.log(w.y, Object.getOwnPropertyDescriptor(w, 'y').writable);
try { Object.defineProperty(w, 'y', { writable: true }); } catch (e) { console.log('re-enable writable', e.name); }
const c = {};
Object.defineProperty(c, 'z', { value: 1, configurable: true });
Object.defineProperty(c, 'z', { get() { return 'now accessor'; } });
console.log(c.z, Object.getOwnPropertyDescriptor(c, 'z').configurable, Object.getOwnPropertyDescriptor(c, 'z').enumerable);
try { Object.defineProperty({}, 'a', { get: 5 }); } catch (e) { console.log('getter not callable', e.name); }
try { Object.defineProperty({}, 'a', 1); } catch (e) { console.log('descriptor primitive', e.name); }
try { Object.defineProperty(1, 'a', {}); } catch (e) { console.log('target primitive', e.name); }
const proto = { enumerable: true, value: 'inherited fields count' };
const viaProto = Object.defineProperty({}, 'p', Object.create(proto));
console.log(viaProto.p, Object.keys(viaProto));
const t = {};
try {
  Object.defineProperties(t, { ok: { value: 1 }, bad: { value: 1, set() {} } });
} catch (e) { console.log('validated first', e.name, 'ok' in t); }
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 });
console.log(arr, arr.length);
try { Object.defineProperty(arr, 'length', { value: -1 }); } catch (e) { console.log('bad length', e.name); }
Object.defineProperty(arr, 'length', { writable: false });
try { arr.push(9); } catch (e) { console.log('push non-writable length', e.name, arr.length); }
