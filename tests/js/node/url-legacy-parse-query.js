// url.parse with parseQueryString (null-prototype query object) and slashesDenoteHost, plus argument validation
const url = require('url');
const show = (label, u) => console.log(label, JSON.stringify(u), u.query !== null && typeof u.query === 'object' ? Object.getPrototypeOf(u.query) === null : typeof u.query);
show('pq', url.parse('http://x.com/p?a=1&a=2&b=%20c+d#h', true));
show('pq none', url.parse('http://x.com/p#h', true));
show('pq simple path', url.parse('/p?x=1&y', true));
show('pq simple no query', url.parse('/p', true));
show('pq empty ?', url.parse('http://x.com/?', true));
show('no pq', url.parse('http://x.com/p?a=1&a=2', false));
show('sdh //', url.parse('//foo/bar', false, true));
show('no sdh //', url.parse('//foo/bar', false, false));
show('sdh ///', url.parse('///foo/bar', false, true));
show('sdh both', url.parse('//u:p@foo:81/bar?x=y', true, true));
show('user@host', url.parse('user@host.com/path'));
show('user@host sdh', url.parse('user@host.com/path', false, true));
for (const bad of [undefined, null, 42, {}, ['http://x'], true]) {
  try {
    url.parse(bad);
    console.log('no error');
  } catch (e) {
    console.log('error', e.name, e.code, e.message);
  }
}
const Url = url.Url;
const manual = new Url();
console.log('new Url()', JSON.stringify(manual));
manual.parse('http://m.com/x?y=1', true);
console.log('Url#parse', JSON.stringify(manual), manual.query.y);
