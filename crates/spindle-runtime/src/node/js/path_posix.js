// node:path/posix (Node: lib/path/posix.js): the posix flavour of node:path.
'use strict';

module.exports = require('path').posix;
