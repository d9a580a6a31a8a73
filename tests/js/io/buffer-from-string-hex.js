// Buffer.from(string, 'hex'): case, empty, and the result for every length/shape of valid input
const inputs = ['', '00', 'ff', 'FF', 'aBcD', '0123456789abcdef', 'deadBEEF', '7f80'];
for (const s of inputs) {
  const b = Buffer.from(s, 'hex');
  console.log(JSON.stringify(s), b.length, Array.from(b).join(','), b.toString('hex'));
}
console.log(Buffer.from('48656c6c6f', 'HEX').toString());
console.log(Buffer.from('48656c6c6f', 'Hex').toString('utf8'));
const b = Buffer.alloc(256);
for (let i = 0; i < 256; i++) b[i] = i;
const h = b.toString('hex');
console.log(h.length, h.slice(0, 32), h.slice(-32));
console.log(Buffer.from(h, 'hex').equals(b));
console.log(Buffer.from(h.toUpperCase(), 'hex').equals(b));
console.log(Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('', 'hex'));
