// URLSearchParams.sort(): stable, by UTF-16 code units of the names, also for long lists.
'use strict';

const p = new URLSearchParams('z=1&a=2&b=3&a=1&A=4&%C3%A9=5&%F0%9F%98%80=6&%EF%BF%BF=7&=8&a=0');
p.sort();
console.log(p.toString());
console.log([...p.keys()].map((k) => [...k].map((c) => c.codePointAt(0).toString(16)).join('+')).join(' '));

// '\uFFFF' sorts after the surrogate pair of U+1F600 (code units, not code points).
const q = new URLSearchParams([['\uffff', 'ffff'], ['\ud83d\ude00', 'grin'], ['\ue000', 'pua']]);
q.sort();
console.log([...q.values()]);

// Stability on a long list (more than 50 pairs).
const long = new URLSearchParams();
for (let i = 0; i < 150; i++) long.append(String.fromCharCode(97 + ((i * 7) % 5)), String(i));
long.sort();
const groups = {};
for (const [k, v] of long) (groups[k] ??= []).push(Number(v));
for (const k of Object.keys(groups)) {
  const values = groups[k];
  const ascending = values.every((v, i) => i === 0 || values[i - 1] < v);
  console.log(k, values.length, ascending, values.slice(0, 5).join(','));
}
console.log([...long.keys()].join('').replace(/(.)\1*/g, '$1'));

// Sorting through url.searchParams updates the URL.
const u = new URL('http://h/?c=3&b=2&a=1&b=1');
u.searchParams.sort();
console.log(u.search);
const empty = new URL('http://h/?');
empty.searchParams.sort();
console.log(JSON.stringify(empty.href));
