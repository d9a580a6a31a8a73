// WHATWG URL: url.searchParams is live — changes go to the URL and URL changes reach it.
'use strict';

const u = new URL('https://example.com/path?a=1&b=2#frag');
const sp = u.searchParams;
console.log(sp === u.searchParams, String(sp), sp.size);

sp.append('c', '3 4');
console.log(u.href, u.search);
sp.set('a', 'é');
console.log(u.href);
sp.delete('b');
console.log(u.href);
sp.sort();
console.log(u.href);

u.search = '?x=1&y=%20&y=+';
console.log([...sp], sp.getAll('y'));
u.href = 'http://other.example/?z=last';
console.log([...sp], sp === u.searchParams);
u.hash = 'h2';
console.log(u.href, [...sp]);

// Removing every pair removes the query (no lone '?').
sp.delete('z');
console.log(JSON.stringify(u.search), u.href);
sp.append('', '');
console.log(u.href);
sp.delete('');
u.search = '?';
console.log(JSON.stringify(u.search), u.href, sp.size);

// Pathname and hash are untouched by query updates.
const v = new URL('http://h/p/q?k=v#keep');
v.searchParams.set('k', 'w');
console.log(v.pathname, v.search, v.hash, v.href);
console.log(JSON.stringify(v), v.toString());

// forEach sees the list the URL replaced mid-iteration.
const w = new URL('http://h/?a=1&b=2&c=3');
const seen = [];
w.searchParams.forEach((value, key) => {
  seen.push(`${key}=${value}`);
  if (key === 'a') w.search = '?p=1&q=2&r=3';
});
console.log(seen.join(' '));

// Non-special URLs and opaque paths get the query too.
const m = new URL('mailto:a@b.example');
m.searchParams.set('subject', 'Hi there');
console.log(m.href);
const s = new URL('sc://host/path');
s.searchParams.append('k', '~v');
console.log(s.href);

// A URLSearchParams copied from url.searchParams is detached.
const copy = new URLSearchParams(u.searchParams);
copy.append('only', 'copy');
console.log(u.href, String(copy));
