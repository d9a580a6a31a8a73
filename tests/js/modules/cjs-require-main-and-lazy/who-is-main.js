module.exports = require.main.filename.endsWith('/main.cjs') && require.main !== module;
