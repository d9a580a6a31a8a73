exports.from = 'both.js';
