// startsWith/endsWith/includes: positions, coercion, and TypeError for RegExp arguments (Symbol.match)
const s = 'hello world';
console.log(s.startsWith('world', 6), s.startsWith('hello', -5), s.startsWith('', 100), s.startsWith('o', 4.9));
console.log(s.endsWith('hello', 5), s.endsWith('world', 100), s.endsWith('o', -1), s.endsWith('', 0), s.endsWith('h', 1.5));
console.log(s.includes('o', 8), s.includes('o', 5), s.includes('', 99), s.includes('w', NaN), s.includes(undefined));
console.log('undefined'.includes(), 'null x'.startsWith(null), '12'.endsWith(2));
for (const m of ['startsWith', 'endsWith', 'includes']) {
  try { s[m](/hello/); console.log(m, 'no error'); } catch (e) { console.log(m, e instanceof TypeError); }
}
const re = /hello/;
re[Symbol.match] = false;
console.log(s.startsWith(re), '/hello/x'.startsWith(re), '/hello/'.endsWith(re));
const fake = { [Symbol.match]: true, toString() { return 'hello'; } };
try { s.includes(fake); } catch (e) { console.log('fake', e.name); }
console.log(s.indexOf('o', -Infinity), s.lastIndexOf('o', NaN), s.lastIndexOf('o', 5), s.lastIndexOf('o', -1));
