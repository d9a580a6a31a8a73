// The core node:crypto exports: function types and names, Hash/Hmac classes, constants (keys count, some values), deprecated randomBytes aliases, getFips, secureHeapUsed, webcrypto shape
const crypto = require('crypto');
for (const name of ['createHash', 'createHmac', 'getHashes', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt',
  'randomUUID', 'timingSafeEqual', 'getFips', 'hash', 'Hash', 'Hmac', 'secureHeapUsed', 'getRandomValues']) {
  console.log(name, typeof crypto[name], crypto[name].name, Object.keys(crypto).includes(name));
}
console.log('constants', typeof crypto.constants, Object.keys(crypto.constants).length, Object.getPrototypeOf(crypto.constants));
console.log('constants values', crypto.constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_OAEP_PADDING, crypto.constants.POINT_CONVERSION_UNCOMPRESSED, crypto.constants.TLS1_3_VERSION);
console.log('defaultCipherList', crypto.constants.defaultCipherList === crypto.constants.defaultCoreCipherList);
console.log('aliases', crypto.rng === crypto.randomBytes, crypto.prng === crypto.randomBytes, crypto.pseudoRandomBytes === crypto.randomBytes, Object.keys(crypto).includes('rng'));
console.log('getFips', crypto.getFips());
console.log('secureHeapUsed', crypto.secureHeapUsed());
const hashes = crypto.getHashes();
console.log('getHashes', Array.isArray(hashes), hashes !== crypto.getHashes(),
  ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'RSA-SHA256', 'sha256WithRSAEncryption'].every((n) => hashes.includes(n)));
console.log('getHashes names work', hashes.filter((n) => /sha(1|224|256|384|512)|md5/i.test(n) && !/sha3|md5-sha1/i.test(n)).every((n) => crypto.createHash(n).digest().length > 0));
console.log('webcrypto keys', Object.keys(crypto.webcrypto), Object.keys(Object.getPrototypeOf(crypto.webcrypto)));
console.log('webcrypto accessors', Object.getOwnPropertyDescriptor(crypto, 'webcrypto').enumerable, typeof Object.getOwnPropertyDescriptor(crypto, 'webcrypto').get);
try {
  new crypto.webcrypto.constructor();
} catch (e) {
  console.log('new Crypto', e.name, e.code, e.message);
}
try {
  new crypto.subtle.constructor();
} catch (e) {
  console.log('new SubtleCrypto', e.name, e.code, e.message);
}
console.log('Hash prototype chain', Object.getPrototypeOf(crypto.createHash('md5')) === crypto.Hash.prototype);
