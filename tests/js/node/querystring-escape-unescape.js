// querystring.escape's table for ASCII and non-ASCII, lone surrogates (ERR_INVALID_URI), unescape and unescapeBuffer bytes
const qs = require('querystring');
let line = '';
for (let c = 0; c < 128; c++) {
  line += qs.escape(String.fromCharCode(c)) + ' ';
  if (c % 16 === 15) { console.log('row', line.trimEnd()); line = ''; }
}
for (const s of ['é', '€', '\u07ff', '\u0800', '\uffff', '\ud83d\ude00', 'a b+c', '\u00a0', 'plain-text_ok.~*']) {
  console.log('escape', JSON.stringify(s), qs.escape(s));
}
console.log('pairs', qs.escape('\udc00x'), qs.escape('\ud800\ud800'), qs.escape('\udbff\udfff'));
for (const bad of ['\ud800', 'abc\udc00', '\ud83d']) {
  try {
    qs.escape(bad);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof URIError);
  }
}
console.log('types', qs.escape(123), qs.escape(true), qs.escape(null), qs.escape(undefined), qs.escape({ toString() { return 'a b'; } }), qs.escape([1, 2]));
for (const s of ['a%20b', 'a+b', '%E2%82%AC', '%zz', '%', 'caf%C3%A9']) {
  console.log('unescape', JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
}
for (const [s, sp] of [['a%20b+c', false], ['a%20b+c', true], ['%41%4', true], ['%zz%', false], ['%E2%82%AC', false], ['\u0100\u20ac', false], ['', false], ['abc', false], ['%%41', false], ['%4%41', false]]) {
  const b = qs.unescapeBuffer(s, sp);
  console.log('unescapeBuffer', JSON.stringify(s), sp, b instanceof Uint8Array, b.length, Array.from(b).join(','));
}
