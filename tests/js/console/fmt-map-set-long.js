// Maps and Sets with many or long entries break across lines and truncate after 100
const m = new Map();
for (let i = 0; i < 8; i++) m.set('key' + i, i);
console.log(m);
const s = new Set();
for (let i = 0; i < 10; i++) s.add('value number ' + i);
console.log(s);
const big = new Map();
for (let i = 0; i < 103; i++) big.set(i, i * 2);
console.log(big);
console.log(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]));
