'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.named = 'named-value';
exports.default = 'the-transpiled-default';
