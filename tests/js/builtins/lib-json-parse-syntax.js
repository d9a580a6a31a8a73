// JSON.parse grammar: accepted forms (whitespace, escapes, numbers, duplicates) and SyntaxError cases
// Expected output from Node 24 (JSON.rawJSON / JSON.isRawJSON, json-parse-with-source, are newer than Node 20).
const good = ['  1 ', '-0', '1E+2', '0.5e-1', '"\\u0041\\n"', '[]', '{}', '[1,[2,{"a":[]}]]', '{"a":1,"a":2}', 'true', 'null', '\t\r\n"x"', '"\u2028"', '"\\/"'];
for (const s of good) console.log(JSON.stringify(s), '->', JSON.stringify(JSON.parse(s)), Object.is(JSON.parse(s), -0));
const bad = ['', ' ', '01', '1.', '.5', '+1', '0x10', 'NaN', 'Infinity', "'x'", '"\t"', '"\\x41"', '"\\u00G1"', '[1,]', '{"a":1,}', '{a:1}', '[1 2]',
  'undefined', 'tru', 'nul', '"abc', '{"a" 1}', '1 2', '\u00a01', '\ufeff1', '/*c*/1', '"\\a"', '-', '1e', '[', '{"a":}', '"\u0000"'];
for (const s of bad) {
  try { JSON.parse(s); console.log('accepted', JSON.stringify(s)); } catch (e) { console.log(JSON.stringify(s), e.name); }
}
console.log(JSON.parse(' [ 1 , 2 ] ').length, JSON.parse('1e400'), JSON.parse('-1e-400'), JSON.parse('123456789012345678901234567890'));
console.log(JSON.parse(new String('[3]'))[0], JSON.parse(4), JSON.parse(null), JSON.parse(true), JSON.parse({ toString() { return '"t"'; } }));
try { JSON.parse(undefined); } catch (e) { console.log('undefined', e.name); }
console.log(Object.prototype.toString.call(JSON), typeof JSON.rawJSON, typeof JSON.isRawJSON);
