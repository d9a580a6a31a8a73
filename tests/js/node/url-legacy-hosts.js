// url.parse host handling: case folding, IDNA/punycode (via URL), IPv6 brackets, long hosts, ERR_INVALID_URL with input
const url = require('url');
const hosts = [
  'http://EXAMPLE.com/', 'http://münchen.de/', 'http://MÜNCHEN.DE/x', 'http://xn--mnchen-3ya.de/',
  'http://faß.de/', 'http://💩.la/', 'http://١٢٣.com/', 'http://a。b/', 'http://a\u00adb.com/',
  'http://[::1]/', 'http://[FE80::AbC]:8080/x', 'http://1.2.3/', 'http://0x7f.1/', 'http://a*b$c.com/',
  'http://a_b.com/', 'http://-x-.com/', 'http://a..b/', 'http://./', 'http://ex%41mple.com/', 'http://a b/',
  'http://a"b/', 'http://x.com;y/', 'http://x.com{y}/', 'http://ü.ü.ü/',
];
for (const h of hosts) {
  try {
    const u = url.parse(h);
    console.log('in', JSON.stringify(h), 'host', JSON.stringify(u.host), 'hostname', JSON.stringify(u.hostname), 'path', JSON.stringify(u.pathname), 'href', u.href);
  } catch (e) {
    console.log('in', JSON.stringify(h), 'error', e.name, e.code, e.message, JSON.stringify(e.input));
  }
}
for (const bad of ['http://xn--abc/', 'http://xn--/', 'http://\u00ad/', 'http://[a%b]/']) {
  try {
    const u = url.parse(bad);
    console.log('bad', JSON.stringify(bad), 'parsed', JSON.stringify(u.host));
  } catch (e) {
    console.log('bad', JSON.stringify(bad), e.name, e.code, e.message, JSON.stringify(e.input), Object.keys(e).join(','));
  }
}
