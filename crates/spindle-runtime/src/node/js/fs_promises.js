// node:fs/promises (Node: lib/fs/promises.js): the promise API of node:fs, the same object
// as require('fs').promises. Implemented in internal/fs/promises.js.
'use strict';

module.exports = require('internal/fs/promises').exports;
