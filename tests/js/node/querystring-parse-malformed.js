// querystring.parse / unescape on malformed percent-escapes and invalid UTF-8: fallback byte decoding and U+FFFD output
const qs = require('querystring');
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const inputs = [
  'a=%', 'a=%%', 'a=%4', 'a=%zz', 'a=%4g', 'a=%g4', 'a=100%', 'a=%%41',
  'a=%E2%82', 'a=%E2%82%AC%E2', 'a=%FF', 'a=%C0%80', 'a=%ED%A0%80', 'a=%F4%90%80%80',
  'a=%80%80', 'a=%EF%BB%BFx', 'a=%E2%82%AC%zz', 'a=%41%', 'a=%2', 'k%E2%82=v',
  'a=%00', 'a=%0', 'a=%C3%A9%', 'a=é%', 'a=€%zz', 'a=%F0%9F%98',
];
for (const input of inputs) {
  const r = qs.parse(input);
  const key = Object.keys(r)[0];
  console.log('in', JSON.stringify(input), JSON.stringify(key), '=>', codes(r[key]));
}
for (const s of ['%', '%4', '%41%', '%E2%82%AC', '%E2%82', '100%', '%zz+%20', 'a+b', '%u0041', '%C3%28', 'é%', '%FF%FE']) {
  console.log('unescape', JSON.stringify(s), codes(qs.unescape(s)), '|', codes(qs.unescape(s, true)));
}
