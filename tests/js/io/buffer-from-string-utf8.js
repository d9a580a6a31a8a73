// Buffer.from(string) in utf8 (the default, 'utf8', 'utf-8', 'UTF8' spellings): bytes for 1-4 byte characters, lone surrogates, empty
const cases = ['', 'hi', 'é', 'ß€', '日本語', '😀', 'a\u0000b', '\u007f\u0080\u07ff\u0800\uffff', '\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d', '\ud800\udc00'];
for (const s of cases) {
  const b = Buffer.from(s);
  console.log(JSON.stringify(s), b.length, b.toString('hex'));
}
for (const enc of ['utf8', 'utf-8', 'UTF8', 'UTF-8', 'Utf8', undefined]) {
  const b = Buffer.from('añ€', enc);
  console.log(String(enc), b.toString('hex'), b.toString(enc));
}
// round trips
const all = [];
for (let cp = 0; cp < 0x800; cp += 37) all.push(String.fromCodePoint(cp));
all.push(String.fromCodePoint(0x10000), String.fromCodePoint(0x10ffff), String.fromCodePoint(0xfffd));
const joined = all.join('');
const rb = Buffer.from(joined, 'utf8');
console.log(rb.length, rb.toString() === joined);
console.log(Buffer.from('\ud83d\ude00\ud83d').toString('hex'));
console.log(Buffer.from('\ud83d\ude00\ud83d').toString());
console.log(Buffer.from('abc', 'utf8').toString('utf8') === 'abc');
console.log(Buffer.from(new String('boxed')).toString());
