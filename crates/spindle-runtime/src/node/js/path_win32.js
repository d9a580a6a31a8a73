// node:path/win32 (Node: lib/path/win32.js): the win32 flavour of node:path.
'use strict';

module.exports = require('path').win32;
