module.exports = 'internal/utils.js';
