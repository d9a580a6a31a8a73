// WHATWG URL: percent-encoding of each component (path, query, special query, fragment, userinfo).
'use strict';

const all = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~é€😀\u0001\u007f';

const u = new URL('http://h/');
u.pathname = all.replace(/[#?^]/g, '');
console.log('pathname', u.pathname);
u.search = all.replace('#', '');
console.log('search  ', u.search);
u.hash = all;
console.log('hash    ', u.hash);
u.username = all;
console.log('username', u.username);
u.password = all;
console.log('password', u.password);

// The special-query set also encodes the apostrophe; non-special URLs do not.
console.log(new URL("http://h/?a'b").search, new URL("sc://h/?a'b").search);
// Opaque paths use the C0 control set only.
console.log(new URL('mailto:a b<c>"d"@x.y').pathname);
console.log(new URL('sc:\u0001 é').href);
// Existing escapes are kept as they are (not re-encoded, not decoded).
console.log(new URL('http://h/%41%2f%zz/?%41=%zz#%41').href);
// Lone surrogates become U+FFFD before encoding.
console.log(new URL('http://h/\ud800?\udc00#\ud83d').href);
// Non-ASCII in each part of a full URL.
console.log(new URL('http://üser:päss@h/päth?qüery#frägment').href);
