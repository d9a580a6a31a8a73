// CommonJS: __filename/__dirname per module, module.filename/path/id, the wrapper's arguments and non-strict default
const clean = (s) => s.replaceAll(__dirname, '<dir>');
console.log(clean(__filename), clean(__dirname));
console.log('module.filename === __filename:', module.filename === __filename, 'module.path === __dirname:', module.path === __dirname);
console.log('entry module.id:', module.id, 'require.main === module:', require.main === module);
const child = require('./nested/child.js');
console.log(clean(child.file), clean(child.dir), clean(child.id), 'child main is entry:', child.mainIsEntry);
console.log('wrapper arguments:', arguments.length, arguments[0] === exports, arguments[1] === require, arguments[2] === module, arguments[3] === __filename, arguments[4] === __dirname);
console.log('sloppy by default:', (function () { return this === undefined; })() === false);
console.log('top-level var is not global:', (() => { var x; return 'topLevelVar' in globalThis; })());
var topLevelVar = 1;
console.log('still not global:', 'topLevelVar' in globalThis);
console.log('strict module file:', require('./nested/strict.js').strict);
