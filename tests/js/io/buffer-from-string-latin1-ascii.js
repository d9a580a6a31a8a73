// Buffer.from(string) in latin1 / binary / ascii: each UTF-16 unit keeps its low byte; decoding back
const s = 'Aé\u00ff\u0100\u0141€😀\u0000\u007f\u0080';
for (const enc of ['latin1', 'binary', 'ascii', 'LATIN1', 'Binary', 'ASCII']) {
  const b = Buffer.from(s, enc);
  console.log(enc, b.length, b.toString('hex'));
}
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xa9, 0xe9, 0xff]);
console.log(JSON.stringify(bytes.toString('latin1')));
console.log(JSON.stringify(bytes.toString('binary')));
console.log(Array.from(bytes.toString('ascii'), (c) => c.charCodeAt(0)).join(','));
console.log(bytes.toString('ascii') === bytes.toString('latin1'));
console.log(Buffer.from('caf\u00e9', 'latin1').toString('utf8'));
console.log(Buffer.from('caf\u00e9', 'latin1').toString('latin1'));
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
const lb = Buffer.from(all, 'latin1');
console.log(lb.length, lb[0], lb[127], lb[128], lb[255], lb.toString('latin1') === all);
console.log(Buffer.byteLength(all, 'latin1'), Buffer.byteLength(all, 'ascii'), Buffer.byteLength(all, 'binary'));
