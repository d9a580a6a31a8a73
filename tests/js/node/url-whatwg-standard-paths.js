// WHATWG URL parsing of paths as the URL Standard has them (as Node 24; Node 20 keeps trailing spaces of opaque paths, leaves ^ unencoded in paths and clears the port for a tab-only value): empty leading segments of file URLs, drive letters against a base with a host, `///x` against a special base, the `/.` prefix of non-special paths, setters that stop part-way
const cases = [
  ['file:////foo'],
  ['file://localhost////foo'],
  ['////one/two', 'file:///'],
  ['C|/', 'file://host/dir/file'],
  ['/c:/foo/bar', 'file://host/path'],
  ['file:///w|/m'],
  ['///test', 'http://example.org/'],
  ['///example.org/../path', 'http://example.org/'],
  ['non-spec:/.//p'],
  ['non-special:opaque  ?hi'],
  ['data:space    ?test#test'],
  ['http://example.com/a/%2e%2E/b/./c?q=\'x y\'#f g'],
  ['sc://ñ.test/x^y'],
];
for (const [input, base] of cases) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify(input), '->', u.href, JSON.stringify([u.host, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(JSON.stringify(input), '->', e.code);
  }
}
const set = (href, name, value) => {
  const u = new URL(href);
  u[name] = value;
  console.log(`${href} .${name} = ${JSON.stringify(value)} ->`, u.href);
};
set('http://example.net:8080', 'host', 'example.com:invalid');
set('http://example.net/path', 'host', 'example.com:65536');
set('https://domain.com:3000', 'port', '\n\n\t\t');
set('https://domain.com:3000', 'port', '8080abc');
set('foo:///some/path', 'pathname', '');
set('non-spec:/', 'pathname', '//p');
set('non-spec:/.//p', 'hostname', 'h');
set('data:space  ?query#fragment', 'search', '');
set('sc:space    #fragment', 'hash', '');
set('file:///unicorn', 'pathname', '//monkey/..//');
const u = new URL('data:space    ?test#test');
u.searchParams.delete('test');
console.log(u.href, JSON.stringify(u.pathname));
