// String.prototype.normalize: NFC/NFD/NFKC/NFKD forms and invalid form RangeError
const cps = s => [...s].map(c => c.codePointAt(0).toString(16)).join(' ');
const composed = '\u00e9';
const decomposed = 'e\u0301';
console.log(composed === decomposed, composed.normalize('NFD') === decomposed, decomposed.normalize() === composed);
console.log(cps('\u00c5'.normalize('NFD')), cps('A\u030a'.normalize('NFC')), cps('\u212b'.normalize('NFC')));
console.log(cps('\ufb01'.normalize('NFKC')), cps('\ufb01'.normalize('NFC')), cps('\u2460'.normalize('NFKD')));
console.log(cps('\u1e9b\u0323'.normalize('NFC')), cps('\u1e9b\u0323'.normalize('NFD')));
console.log(cps('\u1e9b\u0323'.normalize('NFKC')), cps('\u1e9b\u0323'.normalize('NFKD')));
console.log(cps('\uac00'.normalize('NFD')), cps('\u1100\u1161'.normalize('NFC')));
console.log('abc'.normalize(undefined), ''.normalize('NFKD') === '', 'x'.normalize('NFC'));
for (const f of ['nfc', 'NFX', '', null]) {
  try { 'a'.normalize(f); console.log('ok', f); } catch (e) { console.log(f, e.name); }
}
