// url.domainToASCII / domainToUnicode, url.format(URL, options) and url.urlToHttpOptions
const url = require('url');
const domains = ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--ls8h.la', '💩.la', 'faß.de', 'xn--abc', '', 'a b', 'a/b', 'a:b', '1.2.3', '０ｘ７ｆ.1', 'ex%41mple', 'a。b', 'XN--LS8H'];
for (const d of domains) console.log('domain', JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
for (const f of [() => url.domainToASCII(), () => url.domainToUnicode()]) {
  try { f(); } catch (e) { console.log('missing', e.name, e.code, e.message); }
}
console.log('coerced', url.domainToASCII(null), url.domainToASCII(5));
const u = new URL('https://user:pass@xn--mnchen-3ya.de:8443/p/a?x=1&y=2#frag');
const options = [undefined, {}, { fragment: false }, { search: false }, { auth: false }, { unicode: true }, { fragment: false, search: false, auth: false, unicode: true }, { unicode: 1, fragment: 0 }, { fragment: null }];
for (const o of options) console.log('format', JSON.stringify(o), url.format(u, o));
for (const bad of [5, 'str', true]) {
  try { url.format(u, bad); console.log('no error'); } catch (e) { console.log('format error', e.name, e.code, e.message); }
}
console.log('format empty query/hash', url.format(new URL('http://x.com/?#'), { unicode: true }), url.format(new URL('http://x.com/?#'), { search: false, fragment: false }));
console.log('format ipv6', url.format(new URL('http://[::1]:80/x'), { unicode: true }));
console.log('format mailto', url.format(new URL('mailto:a@b.c?s=1#h'), { search: false }));
const opts = url.urlToHttpOptions(new URL('https://a%20b:c%3Ad@[::1]:8080/p/q?x=1#h'));
console.log('urlToHttpOptions', Object.getPrototypeOf(opts) === null, JSON.stringify(opts));
console.log('urlToHttpOptions plain', JSON.stringify(url.urlToHttpOptions(new URL('http://example.com/'))));
const ext = new URL('http://e.com/x');
ext.custom = 'kept';
console.log('urlToHttpOptions extended', JSON.stringify(url.urlToHttpOptions(ext)));
console.log('exports', Object.keys(url).join(','));
console.log('URL classes', url.URL === URL, url.URLSearchParams === URLSearchParams);
