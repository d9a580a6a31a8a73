// string literal escapes and unicode escapes in strings and identifiers
console.log('single', "double", 'it\'s', "say \"hi\"", 'mixed "quotes"');
console.log('tab[\t] newline-escape length', '\n'.length, '\\'.length, '\0'.length);
console.log('\x41\x42', '\u0043', '\u{44}', '\u{1F600}'.length, '\u{10FFFF}'.codePointAt(0));
console.log('\a\c\d' === 'acd', '\
continued');
console.log('\v\f\b'.split('').map(c => c.charCodeAt(0)).join(','));
console.log('\u00e9' === 'é', 'e\u0301'.length, '\u00e9'.length);

// surrogate pairs
const s = '\uD83D\uDE00';
console.log(s === '😀', s.length, s.charCodeAt(0).toString(16), s.codePointAt(0).toString(16));

// unicode escapes in identifiers
const \u0061bc = 'identifier with escape';
console.log(abc);
const caf\u00e9 = 'café';
console.log(café);
const obj = { \u0062: 'escaped key' };
console.log(obj.b);

// line separator and paragraph separator are allowed in string literals
console.log(eval("'\u2028'").length, eval("'\u2029'").charCodeAt(0).toString(16));

// invalid escapes are SyntaxErrors
for (const src of ["'\\x4'", "'\\u12'", "'\\u{110000}'", "'\\u{}'"]) {
  try { eval(src); console.log(src, 'ok'); } catch (e) { console.log(src, e.name); }
}

// octal escapes in sloppy strings, error in strict
console.log('\101', '\7'.charCodeAt(0));
try { eval('"use strict"; "\\101"'); } catch (e) { console.log('strict octal escape', e.name); }
