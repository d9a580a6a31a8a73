// WHATWG URL: parsing absolute URLs of special and non-special schemes into their components.
'use strict';

const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash'];

function show(input) {
  const u = new URL(input);
  console.log(JSON.stringify(input));
  for (const k of keys) console.log(`  ${k}: ${JSON.stringify(u[k])}`);
}

show('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
show('HTTP://EXAMPLE.COM/A/B');
show('http://example.com:80/default-port');
show('https://example.com:443');
show('ws://chat.example:8080/socket');
show('wss://chat.example:443/');
show('ftp://files.example:21/pub/');
show('http://example.com/a/./b/../c/%2e%2E/d');
show('http://example.com\\path\\to?x#y');
show('  \t http://example.com/\nlines\r\n  ');
show('http://user@example.com');
show('http://:secret@example.com');
show('http://example.com?');
show('http://example.com#');
show('file:///etc/passwd');
show('file://localhost/etc/hosts');
show('file://server/share/file.txt');
show('file:c:/windows');
show('mailto:someone@example.com?subject=hi');
show('data:text/plain,Hello%20World');
show('javascript:alert(1)');
show('urn:isbn:0451450523');
show('git+ssh://git@github.com:22/org/repo.git');
show('sc://host/path?q#f');
show('sc:/path/only');
show('sc:');
show('blob:https://example.com/uuid');
