// HMAC-SHA-224/256/384/512 test cases 1-7 of RFC 4231 (case 5 truncated to 128 bits), with hex and Buffer keys
const crypto = require('crypto');
const hex = (s) => Buffer.from(s, 'hex');
const cases = [
  [hex('0b'.repeat(20)), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [hex('aa'.repeat(20)), hex('dd'.repeat(50))],
  [hex('0102030405060708090a0b0c0d0e0f10111213141516171819'), hex('cd'.repeat(50))],
  [hex('0c'.repeat(20)), Buffer.from('Test With Truncation')],
  [hex('aa'.repeat(131)), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [hex('aa'.repeat(131)), Buffer.from('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.')],
];
cases.forEach(([key, data], i) => {
  console.log(`test case ${i + 1}`);
  for (const algorithm of ['sha224', 'sha256', 'sha384', 'sha512']) {
    let mac = crypto.createHmac(algorithm, key).update(data).digest('hex');
    if (i === 4) mac = mac.slice(0, 32);
    console.log(`  HMAC-${algorithm.toUpperCase()} ${mac}`);
  }
});
