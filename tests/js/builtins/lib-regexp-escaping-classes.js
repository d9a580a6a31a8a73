// RegExp character classes and escapes: \d\w\s\b\B, ranges, control escapes, \0, \cX, hex, and quantifiers
const j = x => JSON.stringify(x);
console.log(j('a_1 -\u00a0\ufeff'.match(/\s/g).length), j('a_1é'.match(/\w/g)), j('x\b'.replace(/[\b]/, 'B')));
console.log(/\cJ/.test('\n'), /\x41\u0042/.test('AB'), /\0/.test('\0'), /[\0-\x1f]/.test('\t'), /\t\v\f/.test('\t\v\f'));
console.log(j('a.b*c'.split(/[.*]/)), j('a-b'.match(/[a\-z]/g)), j('^]'.match(/[\^\]]/g)), /[]/.test('a'), /[^]/.test('\n'));
console.log(j('aaa'.match(/a{2}/)), j('aaaa'.match(/a{1,3}?/)), j('aaaa'.match(/a{2,}/)), j('ab'.match(/a??b/)), j('abab'.match(/(?:ab)+/)));
console.log(j('the cat'.match(/\bc/)), j('abc'.match(/\Bb\B/)), j('x'.match(/\b/).index), j(''.match(/\B/)));
const special = 'a.b*c+d?e^f$g|h(i)j[k]l{m}n\\o/p';
const escaped = special.replace(/[.*+?^$|()[\]{}\\/]/g, '\\$&');
console.log(escaped, new RegExp(escaped).test(special), new RegExp('^' + escaped + '$').test(special + 'x'));
console.log(/(a)|b/.exec('b')[1], j(/(z)*b/.exec('zzb')), j(/(?:(a)|b)*/.exec('ab')), j(/(a*)*/.exec('b')), j(/(a*)+/.exec('b')));
