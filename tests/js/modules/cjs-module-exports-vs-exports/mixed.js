module.exports.a = 1;
exports.b = 2;
this.c = 3;
console.log('in mixed: this === exports', this === exports);
