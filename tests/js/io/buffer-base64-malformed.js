// Lenient base64/base64url decoding: whitespace, missing padding, illegal characters, '=' in the middle, mixed alphabets
const inputs = [
  'aGVs bG8=', 'aGVs\nbG8=', ' aGVsbG8= ', 'aGVs\tbG8\r\n', 'aGVsbG8', 'aGVsbG', 'aGVsb', 'aGVs', 'a', 'aG', 'aGV',
  'aGVsbG8==', 'aGVsbG8===', 'aG=VsbG8=', 'aGV=sbG8=', 'aGVs=bG8=', '=aGVsbG8', '==', '=', '====',
  'aGVs*bG8=', 'aGVs!!bG8', 'aGVs.bG8=', 'aGVsbG8=!', '@@@@', 'aGVsbG8=aGVsbG8=', 'YQ==YQ==',
  '+/+/', '-_-_', '+_-/', 'ab+c', 'ab-c', 'ab/c', 'ab_c', 'aGVsbG8%3D', 'é', 'aGVs\u00e9bG8=', '8J+YgA', '8J-YgA',
];
for (const s of inputs) {
  const a = Buffer.from(s, 'base64');
  const u = Buffer.from(s, 'base64url');
  console.log(JSON.stringify(s).padEnd(22), a.toString('hex').padEnd(22), u.toString('hex').padEnd(22), Buffer.byteLength(s, 'base64'));
}
const b = Buffer.alloc(8, 0x2e);
console.log(b.write('aG Vs', 'base64'), b.toString('hex'));
console.log(b.write('a', 'base64'), b.toString('hex'));
console.log(b.fill('aGk=\n', 'base64').toString('hex'));
console.log(Buffer.from('AQID', 'base64').toString('base64'), Buffer.from('AQI', 'base64').toString('base64'));
