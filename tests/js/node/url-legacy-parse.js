// url.parse (legacy): every Url field for typical, odd and malformed inputs (backslashes, whitespace, auth, ports, IPv6, non-slashed protocols)
const url = require('url');
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://WWW.EXAMPLE.COM/Path?Q=1#Frag',
  'https://example.com',
  '  \thttp://example.com/trimmed  \n',
  'http:\\\\evil.com\\path\\x?y\\z#w\\v',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://x.com:/p',
  'http://x.com:65536/p',
  'http://[::1]:3000/p?q',
  'http://[fe80::1]',
  'http://x.com/a b<c>d"e\'f`g{h}i|j^k',
  'http://x.com/p?a b#c d',
  'http://%41:%42@x.com/',
  'http://user%3Apass@x.com/',
  '//host/path',
  '///triple',
  '/just/a/path?x=1',
  '?only=query',
  '#only-hash',
  'relative/path.html',
  'mailto:someone@example.com?subject=hi',
  'javascript:alert("x y")',
  'file:///etc/passwd',
  'file://localhost/etc/hosts',
  'file:/single/slash',
  'git+ssh://git@github.com/user/repo.git',
  'foo://bar/baz',
  'foo:bar/baz',
  'http://x.com/%zz?%zz#%zz',
  'ws://socket.example/chat',
  'http:',
  'http://',
  '',
  '   ',
  'http://a.b.c.d.e/' + 'x'.repeat(20),
  'http://' + 'a'.repeat(256) + '.com/too-long-host',
  'HTTP://EXAMPLE.com:80',
  'http://x.com\\y',
  'http://x.com#a?b',
  'http://x.com?a#b?c#d',
];
for (const input of inputs) {
  const u = url.parse(input);
  console.log('in', JSON.stringify(input));
  console.log('  ', JSON.stringify(u));
}
const u = url.parse('http://x.com/p');
console.log('instance', u instanceof url.Url, u.constructor === url.Url, Object.keys(u).join(','));
console.log('same object back', url.parse(u) === u);
