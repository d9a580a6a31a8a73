// ascii decoding clears the high bit of bytes >= 0x80; latin1/binary map each byte to U+0000..U+00FF; hex/base64 of all bytes
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const ascii = all.toString('ascii');
const latin1 = all.toString('latin1');
console.log(ascii.length, latin1.length, all.toString('binary') === latin1);
const pick = [0, 65, 127, 128, 129, 160, 193, 200, 233, 255];
console.log(pick.map((i) => ascii.charCodeAt(i)).join(','));
console.log(pick.map((i) => latin1.charCodeAt(i)).join(','));
console.log(ascii.slice(128, 128 + 96) === ascii.slice(0, 96));
console.log(Buffer.from([0xc8, 0xe5, 0xec, 0xec, 0xef]).toString('ascii'));
console.log(Buffer.from([0xc3, 0xa9]).toString('ascii').split('').map((c) => c.charCodeAt(0)).join(','));
console.log(Buffer.from([0xc3, 0xa9]).toString('latin1').split('').map((c) => c.charCodeAt(0)).join(','));
console.log(all.toString('ascii', 250).split('').map((c) => c.charCodeAt(0)).join(','));
console.log(all.toString('base64').slice(0, 40), all.toString('base64').length);
console.log(all.toString('base64url').slice(-40), all.toString('base64url').length);
console.log(all.toString('hex', 120, 136));
console.log(Buffer.from(ascii, 'ascii').equals(all), Buffer.from(latin1, 'latin1').equals(all));
console.log(Buffer.from(ascii, 'ascii').toString('hex', 126, 132));
