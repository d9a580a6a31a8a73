exports.file = __filename;
exports.dir = __dirname;
exports.id = module.id;
exports.mainIsEntry = require.main !== module && require.main.filename.endsWith('main.cjs');
