// string comparison, equality and ordering by UTF-16 code units
console.log('a' < 'b', 'a' < 'B', 'Z' < 'a', 'apple' < 'apples', 'apple' < 'apricot', '' < ' ');
console.log('10' < '2', '10' < 2, 'abc' === 'abc', 'abc' == new String('abc'));
console.log(['b', 'a', 'C', 'c', 'B', 'A'].sort().join(''));

// compare function for sorting
const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
console.log(['pear', 'Apple', 'banana', 'apple'].sort(byText).join(','));

// surrogate pairs compare by code unit
console.log('\uD83D\uDE00' < '\uFF5E', '😀' > 'z');

// equality of concatenated strings
const a = 'hel' + 'lo';
const b = ['h', 'e', 'l', 'l', 'o'].join('');
console.log(a === b, a === 'hello', Object.is(a, b));
