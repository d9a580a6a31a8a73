// URLSearchParams: the application/x-www-form-urlencoded parser and serializer.
'use strict';

// Serializer: only alphanumerics and *-._ stay; space is '+'; everything else is %XX of UTF-8.
let ascii = '';
for (let i = 0; i < 128; i++) ascii += String.fromCharCode(i);
const s = new URLSearchParams();
s.append(ascii, 'é€😀\u00ff\u0100\uffff');
console.log(s.toString());

// Parser: '+' is a space, %XX decodes to bytes then UTF-8; invalid sequences become U+FFFD.
const cases = [
  'a+b=c+d', 'a%20b=c%2Bd', '%41%42%43=%7e', '%=%%', '%4=%4g', '%zz=%',
  '%C3%A9=%E2%82%AC', '%F0%9F%98%80=x', '%ff=%fe%80', '%C3=%E2%82', '%ED%A0%80=surrogate',
  '%EF%BB%BFbom=1', 'key=%26%3D%23', 'é=ü', '€=€€', 'plus%2B=%2b',
];
for (const c of cases) {
  const p = new URLSearchParams(c);
  console.log('%s -> %s %s', JSON.stringify(c), JSON.stringify([...p]), p.toString());
}

// Round trip through toString() and back.
let many = '';
for (let i = 1; i < 400; i += 3) many += String.fromCharCode(i);
const r = new URLSearchParams({ [many]: many });
const back = new URLSearchParams(r.toString());
console.log(back.get(many) === many, r.toString().length);

// The URL's query uses its own encode set; searchParams re-serializes on change.
const u = new URL("http://h/?a=b c&d='e'&f=~");
console.log(u.search);
u.searchParams.append('g', "~'");
console.log(u.search);
