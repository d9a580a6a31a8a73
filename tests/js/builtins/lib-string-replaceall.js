// replaceAll: string patterns, empty pattern, $ patterns, non-global RegExp TypeError, global RegExp ok
console.log('a.b.c'.replaceAll('.', '!'), 'aaaa'.replaceAll('aa', 'b'), 'abc'.replaceAll('', '-'), ''.replaceAll('', 'x'));
console.log('a.b'.replaceAll('.', '$&$&'), 'a.b'.replaceAll('.', "[$`|$']"), 'a.b'.replaceAll('.', '$$'), 'ab'.replaceAll('b', '$1'));
console.log('aXbxc'.replaceAll(/x/gi, '_'), 'abab'.replaceAll(/(a)(b)/g, '$2$1'), 'aaa'.replaceAll(/a*/g, 'X'));
for (const re of [/x/, /x/i, /x/y]) {
  try { 'xx'.replaceAll(re, 'y'); console.log('no error'); } catch (e) { console.log(re.flags, e instanceof TypeError); }
}
const fake = { [Symbol.replace](s, r) { return 'custom:' + s + ':' + r; } };
console.log('hello'.replaceAll(fake, 'R'));
const notRegExp = { flags: '', [Symbol.match]: true, [Symbol.replace]() { return 'x'; } };
try { 'a'.replaceAll(notRegExp, 'b'); console.log('no error'); } catch (e) { console.log('match-flag', e.name); }
console.log('1a1'.replaceAll(1, 2), 'nullnull'.replaceAll(null, '-'));
