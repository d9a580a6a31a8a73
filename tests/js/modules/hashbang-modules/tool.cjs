#!/usr/bin/env node
exports.fromCjs = "cjs with hashbang";
