// split with string separators and limits
console.log('a,b,c'.split(','), 'a,b,c'.split(',', 2), 'a,b,c'.split(',', 0));
console.log('abc'.split(''), 'abc'.split(), 'abc'.split(undefined), ''.split(','), ''.split(''));
console.log('a,,b,'.split(','), ',a'.split(','), 'a--b--c'.split('--'), 'aaa'.split('a'));
console.log('hello world foo'.split(' '), 'no-sep'.split('x'));
console.log('😀x😀'.split(''), '😀x😀'.split('x'));
console.log('1 2 3'.split(' ').map(Number), 'k=v&x=y'.split('&').map(p => p.split('=')));
console.log('a,b'.split(',', -1), 'a,b,c'.split(',', 2.7));

// separator converted to string
console.log('1null2'.split(null), 'a1b1c'.split(1));

// round-trip with join
const csv = 'name,age,city';
console.log(csv.split(',').reverse().join(','));
