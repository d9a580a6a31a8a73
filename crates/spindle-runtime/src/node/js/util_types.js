// node:util/types (Node: lib/util/types.js): the same object as require('util').types.
'use strict';

module.exports = require('internal/util/types');
