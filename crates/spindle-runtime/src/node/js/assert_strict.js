// node:assert/strict (Node: lib/assert/strict.js): node:assert's strict variant, the same
// object as require('assert').strict.
'use strict';

module.exports = require('assert').strict;
