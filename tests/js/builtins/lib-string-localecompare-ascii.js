// localeCompare sign on basic ASCII strings and equality; Array sort with localeCompare
const sign = n => Math.sign(n);
console.log(sign('a'.localeCompare('b')), sign('b'.localeCompare('a')), sign('a'.localeCompare('a')), sign(''.localeCompare('a')));
console.log(sign('abc'.localeCompare('abd')), sign('abc'.localeCompare('ab')), sign('apple'.localeCompare('apples')));
console.log(sign('a'.localeCompare('A')) !== 0, 'x'.localeCompare('x'), sign('1'.localeCompare('2')), sign('10'.localeCompare('9')));
console.log(['pear', 'apple', 'fig', 'banana'].sort((x, y) => x.localeCompare(y)).join(','));
console.log(String.prototype.localeCompare.call(5, '5'), typeof 'a'.localeCompare('b'));
try { String.prototype.localeCompare.call(null, 'a'); } catch (e) { console.log(e.name); }
