module.exports = require('./settings.json');
