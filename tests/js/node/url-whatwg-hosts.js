// WHATWG URL: host parsing — IPv4 number forms, IPv6 compression, opaque hosts, failures.
'use strict';

const inputs = [
  'http://192.168.0.1/', 'http://0x7f.1/', 'http://127.1', 'http://0177.0.0.1', 'http://2130706433/',
  'http://4294967295', 'http://4294967296', 'http://1.2.3.4.', 'http://1.2.3.09', 'http://0x.0x.0',
  'http://256.0.0.1', 'http://1.2.3.4.5', 'http://foo.0x4', 'http://example.123',
  'http://[::1]:8080/', 'http://[2001:db8:0:0:0:0:2:1]', 'http://[2001:DB8::0:1]/',
  'http://[::ffff:192.168.0.1]', 'http://[0:0:0:0:0:0:0:0]', 'http://[1:0:0:2:0:0:0:3]',
  'http://[::1', 'http://[1::2::3]', 'http://[:::1]', 'http://[::1.2.3.]', 'http://[g::1]',
  'http://EXAMPLE.com./', 'http://exa%6Dple.com', 'http://a..b/', 'http://a b/', 'http://a<b/',
  'http://%zz/', 'sc://0x7f.1/', 'sc://[::1]/', 'sc://EXAMPLE/', 'sc://a%20b/', 'sc://a b/',
  'sc://ex%41mple/', 'http://xn--a.com', 'http://xn--mnchen-3ya.de/',
  'file://127.0.0.1/x', 'file://[::1]/x', 'http://example.com:65535/', 'http://example.com:65536/',
  'http://example.com:8a/', 'http://example.com:/', 'http://example.com:0080/',
];
for (const input of inputs) {
  try {
    const u = new URL(input);
    console.log(`${input} => host=${JSON.stringify(u.host)} hostname=${JSON.stringify(u.hostname)} port=${JSON.stringify(u.port)} href=${u.href}`);
  } catch (e) {
    console.log(`${input} => ${e.code} ${e.message}`);
  }
}
