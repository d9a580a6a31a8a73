// Known digests (FIPS 180 / RFC 1321 vectors) of '', 'abc' and the 448-bit message for md5, sha1, sha224, sha256, sha384, sha512, sha512-224, sha512-256 in hex
const crypto = require('crypto');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
const messages = ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'];
for (const algorithm of algorithms) {
  console.log(algorithm);
  for (const message of messages) {
    console.log(`  ${JSON.stringify(message.slice(0, 12))}(${message.length}) ${crypto.createHash(algorithm).update(message).digest('hex')}`);
  }
}
