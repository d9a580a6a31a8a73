// lookbehind assertions (positive, negative, with captures, variable length), lookahead and backreferences
const j = x => JSON.stringify(x);
console.log(j('$10 €20 $30'.match(/(?<=\$)\d+/g)), j('$10 €20 $30'.match(/(?<!\$)\b\d+/g)));
console.log(j(/(?<=(\d)(\d))x/.exec('12x')), j(/(?<=(\d+))x/.exec('123x')), j(/(?<=(\d+?))x/.exec('123x')));
console.log(j(/(?<=\1(a))b/.exec('aab')), j(/(?<!a)b/.exec('ab')), j(/(?<!a)b/.exec('cb')));
console.log(j('abcabc'.replace(/(?<=a)b/g, 'B')), j('foo.bar.baz'.split(/(?<=\.)/)), j('price: 42'.match(/(?<=: )\d+/)[0]));
console.log(j(/\d+(?=%)/.exec('50% off')), j(/\d+(?!%)/.exec('50% 30')), j(/(?=(a+))a*b\1/.exec('baaabac')));
console.log(j(/(a)?b\1/.exec('b')), j(/(?:(a)|b)\1c/.exec('bc')), j(/^(?:(a)|\1b)+$/.exec('ab')));
console.log(j('aBc'.match(/(?<=a)b/i)), j(/(?<=^|,)\w/g[Symbol.match]('a,b,,c')));
