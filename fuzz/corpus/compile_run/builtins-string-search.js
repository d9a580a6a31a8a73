// indexOf, lastIndexOf, includes, startsWith, endsWith
const s = 'the quick brown fox jumps over the lazy dog';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('cat'), s.indexOf(''), s.indexOf('', 100), s.indexOf('o', -5));
console.log(s.lastIndexOf('the'), s.lastIndexOf('the', 30), s.lastIndexOf('o'), s.lastIndexOf(''), s.lastIndexOf('t', 0));
console.log(s.includes('fox'), s.includes('Fox'), s.includes('fox', 20), s.includes(''));
console.log(s.startsWith('the'), s.startsWith('quick', 4), s.startsWith('quick'), s.startsWith(''));
console.log(s.endsWith('dog'), s.endsWith('lazy', 39), s.endsWith('the', 3), s.endsWith('dog', 100));

// arguments are converted to strings
console.log('a1b2'.indexOf(2), 'null'.includes(null), 'undefined'.startsWith(), 'x,y'.indexOf([',']));

// unicode
console.log('😀abc😀'.indexOf('a'), '😀abc😀'.lastIndexOf('😀'), 'cafè'.includes('è'));

// position arguments are clamped
console.log('abc'.indexOf('a', -10), 'abc'.indexOf('c', 10), 'abc'.lastIndexOf('a', -10), 'abc'.lastIndexOf('c', NaN));

// case sensitivity
console.log('ABC'.indexOf('b'), 'ABC'.toLowerCase().indexOf('b'));
