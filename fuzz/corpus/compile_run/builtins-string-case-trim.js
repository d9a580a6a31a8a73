// toUpperCase, toLowerCase, trim, trimStart, trimEnd
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'ÉCOLE'.toLowerCase(), 'straße'.toUpperCase());
console.log('123 abc!'.toUpperCase(), ''.toUpperCase() === '', 'İ'.toLowerCase().length, 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase());

const padded = ' \t\n\r\v\f\u00a0\u2028\ufeff text  \u3000';
console.log('[' + padded.trim() + ']', '[' + '   x   '.trimStart() + ']', '[' + '   x   '.trimEnd() + ']');
console.log(padded.trim().length, padded.trimStart().length, padded.trimEnd().length);
console.log('[' + '\u200b zero-width space is not whitespace'.trim().charCodeAt(0).toString(16) + ']');
console.log('[' + '   '.trim() + ']', 'no-trim'.trim());

// methods on non-string this values via call
console.log(String.prototype.toUpperCase.call(true), String.prototype.trim.call(123));
try { String.prototype.trim.call(null); } catch (e) { console.log('trim null', e.name); }
