// Buffer.from(string) in utf16le and its aliases ucs2 / ucs-2 / utf-16le: byte order, surrogate pairs, round trips
for (const enc of ['utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'UTF16LE', 'UCS2', 'Ucs-2']) {
  const b = Buffer.from('aé€😀', enc);
  console.log(enc, b.length, b.toString('hex'), b.toString(enc));
}
const cases = ['', 'A', '\u0000', '\uffff', '\ud800', 'z\udfffz', '日本'];
for (const s of cases) {
  const b = Buffer.from(s, 'utf16le');
  console.log(JSON.stringify(s), b.length, b.toString('hex'), JSON.stringify(b.toString('utf16le')) === JSON.stringify(s));
}
console.log(Buffer.byteLength('aé€😀', 'utf16le'), Buffer.byteLength('aé€😀', 'ucs2'));
const b = Buffer.from('hello', 'ucs2');
console.log(Array.from(b).join(','));
console.log(b.toString('utf8').length, JSON.stringify(b.toString('latin1')));
