// String.prototype.at and codePointAt with negative, fractional, NaN and out-of-range indices and surrogates
const s = 'a😀b';
console.log(s.length, s.at(0), s.at(-1), s.at(-4), s.at(-5), s.at(4), s.at(1.9), s.at(NaN), s.at('2'));
console.log(s.at(1).charCodeAt(0).toString(16), s.at(2).charCodeAt(0).toString(16));
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3), s.codePointAt(4), s.codePointAt(-1));
console.log(s.codePointAt(NaN), s.codePointAt(undefined), s.codePointAt(1.7), s.codePointAt('1'));
console.log('\uD800'.codePointAt(0), '\uDC00\uD800'.codePointAt(0), '\uD800x'.codePointAt(0));
console.log(''.at(0), ''.codePointAt(0), 'abc'.at(-Infinity), 'abc'.at(Infinity));
console.log(String.prototype.at.call(12345, -2), String.prototype.codePointAt.call(true, 0));
try { String.prototype.at.call(null, 0); } catch (e) { console.log(e instanceof TypeError); }
try { String.prototype.codePointAt.call(undefined, 0); } catch (e) { console.log(e.name); }
