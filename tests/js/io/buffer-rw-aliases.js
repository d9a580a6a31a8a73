// The lowercase Uint aliases (readUint16LE, writeUint32BE, readBigUint64LE, ...) are the same functions as the UInt names
const proto = Buffer.prototype;
const names = Object.getOwnPropertyNames(proto).filter((n) => /Uint/.test(n)).sort();
console.log(names.length);
for (const n of names) {
  const upper = n.replace('Uint', 'UInt');
  console.log(n.padEnd(18), upper.padEnd(18), proto[n] === proto[upper], proto[n].name, proto[n].length);
}
const b = Buffer.alloc(8);
console.log(b.writeUint8(200), b.readUint8(0));
console.log(b.writeUint16LE(0xbeef, 1), b.readUint16LE(1).toString(16), b.readUint16BE(1).toString(16));
console.log(b.writeUint32BE(0xcafebabe, 4), b.readUint32BE(4).toString(16), b.readUint32LE(4).toString(16));
console.log(b.toString('hex'));
const accessorNames = Object.getOwnPropertyNames(proto).filter((n) => /^(read|write)/.test(n) && !/Uint/.test(n)).sort();
console.log(accessorNames.join(' '));
console.log(accessorNames.map((n) => proto[n].length).join(' '));
