// buf.write never writes part of a character: utf8 and utf16le characters that do not fit are left out entirely
function w(size, str, enc, offset = 0) {
  const b = Buffer.alloc(size, 0x2e);
  const n = b.write(str, offset, enc);
  console.log(String(size).padStart(2), (enc || 'utf8').padEnd(8), JSON.stringify(str), 'wrote', n, b.toString('hex'));
}
for (let size = 0; size <= 6; size++) w(size, 'a€', 'utf8');
for (let size = 0; size <= 5; size++) w(size, '😀', 'utf8');
w(3, 'éé', 'utf8');
w(4, 'aéé', 'utf8');
w(3, '\ud800x', 'utf8');
w(2, '\ud800x', 'utf8');
for (let size = 0; size <= 5; size++) w(size, 'ab', 'utf16le');
w(3, '😀', 'ucs2');
w(4, '😀', 'ucs2');
w(5, 'abc', 'utf16le', 2);
w(4, 'hé', 'latin1', 3);
w(2, 'abcdef', 'hex');
w(2, 'abc', 'hex');
w(3, 'YWJjZGVm', 'base64');
w(2, 'YWJj', 'base64');
const b = Buffer.alloc(6, 0x2e);
console.log(b.write('€€', 1, 5), b.toString('hex'));
console.log(b.write('日本', 0, 4, 'utf8'), b.toString('hex'));
console.log(b.write('xy', 4, 1, 'utf16le'), b.toString('hex'));
console.log(b.write('xy', 4, 2, 'utf16le'), b.toString('hex'));
