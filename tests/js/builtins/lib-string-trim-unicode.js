// trim/trimStart/trimEnd with Unicode whitespace, line terminators, BOM, and non-whitespace lookalikes
const ws = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const notWs = ['\u200b', '\u180e', '\u0085', '\u200c', '\u2060'];
console.log(ws.map(c => (c + 'x' + c).trim() === 'x').join(','));
console.log(notWs.map(c => (c + 'x' + c).trim().length).join(','));
const s = '\u3000\ufeff a b \u2029\u00a0';
console.log(JSON.stringify([s.trim(), s.trimStart(), s.trimEnd()]));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimStart.name, String.prototype.trimEnd.name);
console.log(JSON.stringify(String.prototype.trim.call(123)), JSON.stringify(' \n '.trim()), Number(ws.join('') + '5' + ws.join('')));
console.log(Number('\u200b5'), parseFloat('\u30003.5'), parseInt('\ufeff12'), JSON.stringify('\u0085x'.trimStart()));
