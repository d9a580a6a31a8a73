// WHATWG URL: the origin getter for special, file, opaque and blob: URLs.
'use strict';

for (const input of [
  'http://example.com', 'http://example.com:80/x', 'http://example.com:8080/x',
  'https://EXAMPLE.com:443/', 'https://[::1]:444/', 'ws://h:80/', 'wss://h:443/', 'ftp://h:21/',
  'http://u:p@h/', 'file:///etc/x', 'file://host/x', 'sc://host:1/', 'mailto:a@b', 'data:,x',
  'javascript:0', 'blob:https://a.example:443/uuid', 'blob:http://b.example:81/x',
  'blob:ftp://c.example/x', 'blob:file:///x', 'blob:blob:https://d.example/', 'blob:not-a-url',
  'blob:', 'http://münchen.de/',
]) {
  console.log(input, '->', new URL(input).origin);
}
// origin follows setters.
const u = new URL('http://a.example/');
u.port = '8000';
console.log(u.origin);
u.protocol = 'https';
u.hostname = 'b.example';
console.log(u.origin);
