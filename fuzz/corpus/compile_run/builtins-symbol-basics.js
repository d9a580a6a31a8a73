// Symbol creation, description, toString, uniqueness, and use as property keys
const s1 = Symbol('desc');
const s2 = Symbol('desc');
const empty = Symbol();
const fromNum = Symbol(42);
console.log(typeof s1, s1 === s2, s1.toString(), s1.description, empty.toString(), empty.description, fromNum.description);
console.log(Symbol('').description === '', Symbol(undefined).description, Symbol(null).description);
console.log(String(s1), s1.valueOf() === s1);

// new Symbol throws
try { new Symbol(); } catch (e) { console.log('new Symbol', e.name); }

// implicit conversion errors
try { s1 + ''; } catch (e) { console.log('concat', e.name); }
try { +s1; } catch (e) { console.log('to number', e.name); }
try { `${s1}`; } catch (e) { console.log('template', e.name); }
console.log(!!s1, s1 ? 'truthy' : 'falsy');

// as property keys
const obj = { [s1]: 'one', regular: 'r' };
obj[s2] = 'two';
console.log(obj[s1], obj[s2], Object.keys(obj), Object.getOwnPropertyNames(obj));
console.log(Object.getOwnPropertySymbols(obj).length, Object.getOwnPropertySymbols(obj)[0] === s1);
console.log(s1 in obj, obj.hasOwnProperty(s2));

// for-in skips symbols; Object.assign copies them
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys, Object.assign({}, obj)[s1]);

// symbol wrapper objects
const wrapped = Object(s1);
console.log(typeof wrapped, wrapped instanceof Symbol, wrapped.description, wrapped == s1, wrapped === s1);

// Symbol.prototype.description is a getter
console.log(typeof Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get);
