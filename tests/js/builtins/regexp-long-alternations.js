// Patterns with hundreds of alternatives (acorn's Unicode property names, keyword and
// word lists): compiled without regress's optimizer above a budget of alternatives, they
// must match exactly as shorter ones do — captures, backreferences, lookarounds, flags,
// sticky and global matching, split and replace.
const words = Array.from({ length: 400 }, (_, i) => 'k' + (i * 7919 % 100003).toString(36));
const show = (label, v) => console.log(label, JSON.stringify(v));

const exact = new RegExp('^(?:' + words.join('|') + ')$');
show('exact first/last/miss', [exact.test(words[0]), exact.test(words[399]), exact.test(words[5] + 'x'), exact.test('')]);

const captured = new RegExp('(' + words.join('|') + ')-(\\d+)-\\1');
show('capture and backreference', captured.exec('zz ' + words[123] + '-42-' + words[123] + ' tail'));
show('backreference mismatch', captured.exec(words[1] + '-1-' + words[2]));

const icase = new RegExp('\\b(?:' + words.join('|') + ')\\b', 'gi');
show('icase global', ('x ' + words[7].toUpperCase() + ' y ' + words[300] + ' ' + words[300] + 'q').match(icase));

const look = new RegExp('(?<=<)(?:' + words.join('|') + ')(?=>)', 'g');
show('lookarounds', ('<' + words[10] + '> ' + words[11] + ' <' + words[12] + '>').match(look));

const sticky = new RegExp('(?:' + words.join('|') + ')', 'y');
sticky.lastIndex = 2;
show('sticky', [sticky.exec('..' + words[50] + '..')?.[0], sticky.lastIndex]);
sticky.lastIndex = 1;
show('sticky miss', [sticky.exec('..' + words[50]), sticky.lastIndex]);

const named = new RegExp('(?<word>' + words.join('|') + ')(?:,(?<more>' + words.slice(0, 200).join('|') + '))*', 'u');
show('named groups', named.exec(words[250] + ',' + words[3] + ',' + words[199] + '!').groups);

const sep = new RegExp('\\s*(?:' + words.slice(100, 350).join('|') + ')\\s*');
show('split', ('a ' + words[100] + ' b' + words[349] + 'c  ' + words[200] + '  d').split(sep));
show('replace', (words[120] + ' and ' + words[121]).replace(new RegExp(words.slice(0, 300).join('|'), 'g'), (m) => '[' + m.length + ']'));

// Longest-first is not how alternation works: the first alternative that matches wins.
const prefixes = new RegExp('^(' + Array.from({ length: 300 }, (_, i) => 'a'.repeat(300 - i)).concat(['a']).join('|') + ')');
show('first alternative wins', prefixes.exec('a'.repeat(5))[1].length);
const empties = new RegExp('x(?:' + Array(200).fill('').join('|') + ')y');
show('empty alternatives', [empties.test('xy'), empties.source.length]);
const loops = new RegExp('^(?:' + words.map((w) => w + '+').join('|') + ')$');
show('quantified alternatives', [loops.test(words[9] + words[9].slice(-1).repeat(4)), loops.test(words[9] + 'Q')]);
