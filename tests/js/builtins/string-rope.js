// Long concatenations (ropes inside the engine) read back exactly like flat strings.
let s = '';
for (let i = 0; i < 20000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-5), s.charCodeAt(12345), s.indexOf('zab'));

// Left- and right-leaning and balanced trees.
let right = '';
for (let i = 0; i < 500; i++) right = 'x' + i + '|' + right;
let both = '';
for (let i = 0; i < 200; i++) both = (i % 2 ? both + '<' + i + '>' : '[' + i + ']' + both);
console.log(right.length, right.slice(0, 20), both.length, both.slice(0, 16), both.slice(-16));

// Surrogate pairs split across the halves.
const hi = 'a'.repeat(40) + '\uD83D';
const lo = '\uDE00' + 'b'.repeat(40);
const emoji = hi + lo;
console.log(emoji.length, emoji.codePointAt(40).toString(16), [...emoji].length, emoji.isWellFormed());

// As property keys, in comparisons, in JSON, in switch.
const key = 'property-name-that-is-long-enough-' + 'to-be-a-rope';
const o = { [key]: 1 };
o['property-name-that-is-long-enough-to-be-a-rope'] += 1;
console.log(o[key], Object.keys(o)[0] === key, key === 'property-name-that-is-long-enough-to-be-a-rope');
console.log(key < key + 'a', (key + 'a').localeCompare(key), JSON.stringify(key + '"q"'));
switch ('prefix-'.repeat(5) + 'suffix') { case 'prefix-prefix-prefix-prefix-prefix-suffix': console.log('switch ok'); }

// Reused halves: the same rope on both sides.
let d = 'doubling-';
for (let i = 0; i < 12; i++) d = d + d;
console.log(d.length, d.lastIndexOf('doubling'), d.split('-').length);

// Templates, join and replace over ropes.
const t = `${s.slice(0, 10)}::${right.slice(0, 10)}::${key}`;
console.log(t, t.replace(/long/, 'LONG').length, [s.slice(0, 40), key].join('/').length);
