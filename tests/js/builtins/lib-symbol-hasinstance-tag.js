// Symbol.hasInstance and Symbol.toStringTag on user classes/objects, including non-function instanceof errors
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even, 'x' instanceof Even);
const checker = { [Symbol.hasInstance]: (v) => v === 'magic' };
console.log('magic' instanceof checker, 'other' instanceof checker);
const truthy = { [Symbol.hasInstance]: () => 'yes' };
console.log(1 instanceof truthy);
try { ({}) instanceof {}; } catch (e) { console.log('plain', e.name); }
try { ({}) instanceof { [Symbol.hasInstance]: 1 }; } catch (e) { console.log('non-callable', e.name); }
function F() {}
console.log(Function.prototype[Symbol.hasInstance].call(F, new F()), Function.prototype[Symbol.hasInstance].call({}, {}));
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()), `${{ [Symbol.toStringTag]: 'Lit' }}`);
console.log(Object.prototype.toString.call({ [Symbol.toStringTag]: 7 }), Object.prototype.toString.call(Object.assign([], { [Symbol.toStringTag]: 'NotArr' })));
console.log(Object.prototype.toString.call(Math), Object.prototype.toString.call(JSON), Object.prototype.toString.call(Symbol()), Object.prototype.toString.call(function* () {}));
const fnTag = function () {};
fnTag[Symbol.toStringTag] = 'Fn';
console.log(Object.prototype.toString.call(fnTag), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
