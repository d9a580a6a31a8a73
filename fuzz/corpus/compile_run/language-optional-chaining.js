// optional chaining: member, computed, call, and short-circuiting of the whole chain
const obj = {
  a: { b: { c: 'deep' } },
  arr: [1, 2, 3],
  fn() { return 'called ' + this.tag; },
  tag: 'obj',
  nul: null,
};
console.log(obj?.a?.b?.c, obj.missing?.b.c, obj.nul?.x);
console.log(obj.arr?.[1], obj.noArr?.[1], obj?.['a']?.['b']);
console.log(obj.fn?.(), obj.noFn?.(), obj.fn?.call({ tag: 'other' }));

// short-circuit skips the rest of the chain, including calls and index expressions
let count = 0;
const u = undefined;
console.log(u?.a.b.c.d, u?.[count++], u?.method(count++), count);

// only null/undefined short-circuit; other falsy values do not
console.log((0)?.toFixed(1), ''?.length, false?.toString());

// optional call keeps this binding
console.log(obj?.fn(), obj.fn?.());
const o2 = { m() { return this === o2; } };
console.log(o2.m?.(), o2?.m(), (o2?.m)());

// optional call on a non-function that is not nullish throws
try { obj.tag?.(); } catch (e) { console.log('not a function', e.name); }

// parenthesised chain breaks short-circuiting
try { (u?.a).b; } catch (e) { console.log('parenthesised', e.name); }

// delete with optional chain
const d = { p: { q: 1 } };
console.log(delete d?.p?.q, d.p.q, delete u?.x);

// optional chain in assignment position is a SyntaxError
try { eval('obj?.a = 1'); } catch (e) { console.log('assignment', e.name); }

// optional chaining with template literal is a SyntaxError
try { eval('obj?.fn`x`'); } catch (e) { console.log('tagged template', e.name); }

// ?. followed by a digit is the conditional operator
const t = true ?.5 : 1;
console.log(t);
