// WHATWG URL: every setter (href, protocol, username, password, host, hostname, port, pathname, search, hash).
'use strict';

const u = new URL('https://example.com/a?b=c#d');
function step(label, fn) {
  fn();
  console.log(`${label.padEnd(22)} ${u.href}`);
}
step('protocol = "http"', () => { u.protocol = 'http'; });
step('protocol = "wss:x"', () => { u.protocol = 'wss:x'; });
step('username = "alice"', () => { u.username = 'alice'; });
step('password = "s3cr:t"', () => { u.password = 's3cr:t'; });
step('host = "other.org:81"', () => { u.host = 'other.org:81'; });
step('hostname = "x.y"', () => { u.hostname = 'x.y'; });
step('port = "8080"', () => { u.port = '8080'; });
step('port = "443"', () => { u.port = '443'; });
step('port = "8443"', () => { u.port = '8443'; });
step('port = ""', () => { u.port = ''; });
step('pathname = "/new path"', () => { u.pathname = '/new path'; });
step('pathname = "rel"', () => { u.pathname = 'rel'; });
step('search = "q=1 2"', () => { u.search = 'q=1 2'; });
step('search = "?"', () => { u.search = '?'; });
step('search = ""', () => { u.search = ''; });
step('hash = "frag ment"', () => { u.hash = 'frag ment'; });
step('hash = "#"', () => { u.hash = '#'; });
step('hash = ""', () => { u.hash = ''; });
step('username = ""', () => { u.username = ''; });
step('password = ""', () => { u.password = ''; });
step('href = ...', () => { u.href = 'ftp://files.example/pub/?x#y'; });
console.log(u.protocol, u.host, u.pathname, u.search, u.hash);

// Values are converted with String().
const v = new URL('http://h/');
v.port = 8080;
v.pathname = 42;
v.search = null;
v.hash = undefined;
v.username = { toString() { return 'obj'; } };
console.log(v.href);

// The port setter takes leading digits; the host setter keeps the old port when none is given.
const w = new URL('http://h:1/');
w.port = '12ab';
console.log(w.port);
w.host = 'k';
console.log(w.host);
w.port = '080';
console.log(w.port, w.href);
