// Hex decoding stops at the first invalid pair: odd lengths, bad characters mid-string, whitespace, prefixes; write() counts
const inputs = ['abc', 'a', 'abcdeg', 'abzzcd', 'zzab', 'ab cd', ' abcd', '0x12', 'ab-cd', '12\n34', 'fg', 'gf', '1', '12345', 'ＡＢ', 'aé', 'a\u0000'];
for (const s of inputs) {
  const b = Buffer.from(s, 'hex');
  console.log(JSON.stringify(s).padEnd(10), b.length, b.toString('hex'));
}
const b = Buffer.alloc(4, 0x2e);
console.log(b.write('aabbzz', 'hex'), b.toString('hex'));
console.log(b.write('1', 'hex'), b.toString('hex'));
console.log(b.write('zz', 1, 'hex'), b.toString('hex'));
console.log(b.write('0102030405', 'hex'), b.toString('hex'));
console.log(b.write('ffee', 3, 'hex'), b.toString('hex'));
for (const bad of ['zz', 'a', 'gg00']) {
  try { Buffer.alloc(2).fill(bad, 'hex'); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message); }
}
console.log(Buffer.alloc(4).fill('abcz', 'hex').toString('hex'));
console.log(Buffer.alloc(5).fill('abc', 'hex').toString('hex'));
