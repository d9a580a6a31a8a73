// WHATWG URL: setter values the URL Standard ignores, leaving the URL unchanged.
'use strict';

function attempt(href, prop, value) {
  const u = new URL(href);
  const before = u.href;
  u[prop] = value;
  const changed = before === u.href ? 'unchanged' : `-> ${u.href}`;
  console.log(`${href} .${prop} = ${JSON.stringify(value)}: ${changed}`);
}

// protocol: special <-> non-special switches are refused, so are invalid schemes.
attempt('http://h/', 'protocol', 'sc');
attempt('sc://h/', 'protocol', 'http');
attempt('http://h/', 'protocol', '1abc');
attempt('http://h/', 'protocol', '');
attempt('http://u@h/', 'protocol', 'file');
attempt('http://h:8080/', 'protocol', 'file');
attempt('file:///x', 'protocol', 'https');
attempt('http://h/', 'protocol', 'https');
attempt('https://h:443/', 'protocol', 'http');
// Credentials and port need a host that is not a file URL's.
attempt('file:///x', 'username', 'u');
attempt('file://h/x', 'password', 'p');
attempt('file://h/x', 'port', '80');
attempt('mailto:x@y', 'username', 'u');
attempt('sc:opaque', 'port', '1');
// port: out of range, not a number.
attempt('http://h:1/', 'port', '65536');
attempt('http://h:1/', 'port', 'abc');
attempt('http://h:1/', 'port', '-1');
// host/hostname: forbidden code points, empty for special schemes, opaque paths.
attempt('http://h/', 'host', '');
attempt('http://h/', 'hostname', 'a b');
attempt('http://h/', 'host', 'x/y');
attempt('http://h/', 'hostname', '[::1');
attempt('mailto:x@y', 'host', 'other');
attempt('sc://h/', 'host', '');
attempt('file://h/x', 'host', '');
attempt('file://h/x', 'host', 'localhost');
// pathname: opaque paths cannot be changed.
attempt('mailto:x@y', 'pathname', '/z');
attempt('data:text/plain,x', 'pathname', 'y');

// A failed href setter throws and leaves the URL as it was.
const u = new URL('http://keep.example/?a=1');
try {
  u.href = 'not a url';
} catch (e) {
  console.log(e.name, e.code, e.message, JSON.stringify(e.input), 'base' in e);
}
console.log(u.href, u.searchParams.get('a'));
