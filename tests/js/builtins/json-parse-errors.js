// JSON.parse's SyntaxError messages, worded as Node 20's V8 words them: the specific
// expectation where the grammar has one (a property name, ':', ',' or a closing bracket,
// a string's or a number's rule), else the unexpected token with the text around it
// (all of a short input, ten characters either side of a long one), the end of input, an
// unexpected number or string, and inputs that are the text of a value JSON lacks.
const inputs = [
  '{', '{"a":1,}', '[1,]', 'x', '{"a" 1}', '"abc', '[1 2]', '', '{"a":1}}', 'tru', 'trux', '01', '-01',
  '"\\x"', '"\\u12G4"', '"a\u0001b"', '1e', '1e+', '1.', '1.e5', '-', '-x', '{"a":}', '[', '[1,', '{"a"', '{"a":1',
  '{"a":1 "b":2}', '{1:2}', '{"a":1,"b"}', "{'a':1}", '[1,2,3,]', ' ', '\n[1]x', 'null null', '"a" "b"', '[1] [2]',
  'undefined', 'NaN', 'Infinity', '[object Object]', '-Infinity', 'nul', '{"long":"abcdefghijklmnop",}',
  '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, x, 13, 14, 15, 16, 17, 18]', 'abcdefghijklmnopqrstuvwxyz', '{"k": [1, 2, 3}',
  '123abc', '[-]', '[.5]', '[+1]', '{"a":1}{"b":2}', '"\t"', '[1]\u00a0',
];
for (const s of inputs) {
  try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.name + ': ' + e.message); }
}
for (const v of [undefined, {}, NaN, [1, [2]], null]) {
  try { JSON.parse(v); console.log(String(v), 'ok'); } catch (e) { console.log(String(v), e.name + ': ' + e.message); }
}
