// internal/crypto/webcrypto (Node: lib/internal/bootstrap/web/exposed-window-or-worker.js
// exposeLazyInterfaces(globalThis, 'internal/crypto/webcrypto', ['Crypto', 'SubtleCrypto'])
// and the `crypto` getter): what the lazy globals `crypto`, `Crypto` and `SubtleCrypto` are.
'use strict';

const { webcrypto } = require('crypto');

module.exports = {
  crypto: webcrypto,
  Crypto: webcrypto.constructor,
  SubtleCrypto: webcrypto.subtle.constructor,
};
