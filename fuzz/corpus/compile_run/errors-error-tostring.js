// Error.prototype.toString rules
console.log(String(new Error('msg')), String(new Error()), String(new TypeError('')), String(new RangeError('r')));
console.log(new Error('x') + '', `${new SyntaxError('s')}`);

const toString = Error.prototype.toString;
console.log(toString.call({ name: 'N', message: 'M' }));
console.log(toString.call({ name: 'OnlyName' }));
console.log(toString.call({ message: 'only message' }));
console.log(toString.call({}));
console.log(toString.call({ name: '', message: 'empty name' }));
console.log(toString.call({ name: 'empty message', message: '' }));
console.log(toString.call({ name: undefined, message: undefined }));
console.log(toString.call({ name: 42, message: true }));
console.log(toString.call(function fn() {}));
try { toString.call(1); } catch (e) { console.log('non-object', e.name); }

// custom name property on instance
const e = new Error('m');
e.name = 'MyError';
console.log(e.toString());
