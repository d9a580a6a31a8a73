// WHATWG URL: internationalized host names (IDNA to ASCII) and url.domainToASCII/Unicode.
'use strict';
const url = require('url');

for (const input of ['http://münchen.de/', 'http://ÉXAMPLE.com/', 'https://日本語.jp/path',
  'http://faß.de', 'http://☃.net/', 'http://a。b', 'http://xn--mnchen-3ya.de', 'ws://Bücher.example:81/',
  'http://ｅｘａｍｐｌｅ.com/', 'http://xn--a.com/', 'http://a\u00ADb.example/']) {
  try {
    const u = new URL(input);
    console.log(`${input} -> ${u.href} (${u.hostname}, origin ${u.origin})`);
  } catch (e) {
    console.log(`${input} -> ${e.code}`);
  }
}

// Non-special URLs keep their host opaque (percent-encoded, not IDNA-mapped).
console.log(new URL('sc://münchen.de/').host);

for (const d of ['münchen.de', 'ÉXAMPLE.com', '日本語.jp', 'faß.de', 'xn--mnchen-3ya.de',
  '☃.net', 'a。b', 'example.com', 'xn--a', 'a b', '']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}

// The hostname setter goes through the same host parser.
const u = new URL('https://example.com/');
u.hostname = 'BÜCHER.de';
console.log(u.href);
u.host = 'δοκιμή.gr:444';
console.log(u.href);
