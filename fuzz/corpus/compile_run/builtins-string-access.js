// string length, indexing, charAt, charCodeAt, codePointAt, at
const s = 'héllo 😀';
console.log(s.length, s[0], s[1], s[100], s.charAt(1), '[' + s.charAt(100) + ']');
console.log(s.charCodeAt(0), s.charCodeAt(6), s.charCodeAt(7), s.charCodeAt(100));
console.log(s.codePointAt(6), s.codePointAt(7), s.codePointAt(100));
console.log(s.at(0), s.at(-1).charCodeAt(0), s.at(-2).length, s.at(50));
console.log('abc'.charAt(-1) === '', 'abc'.charAt(1.9), 'abc'.charAt('2'), 'abc'.charAt());
console.log('abc'.charCodeAt(), 'abc'.codePointAt(-1));

// strings are immutable
const t = 'abc';
t[0] = 'z';
console.log(t);

// String.fromCharCode and fromCodePoint
console.log(String.fromCharCode(72, 105), String.fromCharCode(0x1F600 & 0xFFFF).length, String.fromCharCode(65.9, '66'));
console.log(String.fromCodePoint(0x1F600), String.fromCodePoint(97, 98), String.fromCodePoint().length);
try { String.fromCodePoint(-1); } catch (e) { console.log('fromCodePoint(-1)', e.name); }
try { String.fromCodePoint(1.5); } catch (e) { console.log('fromCodePoint(1.5)', e.name); }

// length of various strings
console.log(''.length, '\u0000'.length, '\uD83D\uDE00'.length, 'e\u0301'.length);

// indexing with non-integer keys
console.log('abc'['1'], 'abc'['01'], 'abc'[1.0], 'abc'[-1]);
