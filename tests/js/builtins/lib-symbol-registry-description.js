// Symbol.for/keyFor coercion and errors, description vs toString, well-known symbols not in registry, symbol conversions
const s = Symbol.for(undefined);
console.log(s.description, Symbol.keyFor(s), Symbol.for('undefined') === s, Symbol.for(42) === Symbol.for('42'), Symbol.for().toString());
console.log(Symbol.keyFor(Symbol.iterator), Symbol.keyFor(Symbol('x')), Symbol.keyFor(Symbol.for('')) === '', Symbol.for('').description === '');
for (const v of ['str', 1, undefined, {}]) {
  try { Symbol.keyFor(v); console.log('ok'); } catch (e) { console.log(typeof v, e.name); }
}
console.log(Symbol().description, Symbol('').description, Symbol(null).description, Symbol({ toString() { return 'obj'; } }).description);
console.log(Symbol('x').toString(), String(Symbol('y')), Symbol.prototype[Symbol.toStringTag], Object(Symbol('z')).description);
try { `${Symbol('t')}`; } catch (e) { console.log('template', e.name); }
try { Symbol('t') + ''; } catch (e) { console.log('concat', e.name); }
try { +Symbol('n'); } catch (e) { console.log('unary', e.name); }
try { new Symbol(); } catch (e) { console.log('new', e.name); }
console.log(!!Symbol(), typeof Object(Symbol()), Object(Symbol.iterator) == Symbol.iterator, Object(Symbol.iterator) === Symbol.iterator);
const desc = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
try { desc.get.call('notsym'); } catch (e) { console.log('getter', e.name); }
const w = Object.getOwnPropertyDescriptor(Symbol, 'iterator');
console.log(w.writable, w.enumerable, w.configurable, Symbol.length, Symbol.name);
