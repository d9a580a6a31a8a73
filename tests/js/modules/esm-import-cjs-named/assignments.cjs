exports.a = 'A';
module.exports.b = 'B';
exports['c'] = 'C';
Object.defineProperty(exports, 'viaDefine', { value: 'defined', enumerable: true });
exports['quoted-name'] = 'quoted';
