// Error.prototype.toString with empty/missing name or message, own vs inherited name/message, generic receivers
const ts = (o) => Error.prototype.toString.call(o);
console.log(ts({}), ts({ name: '', message: 'only message' }), ts({ name: 'OnlyName', message: '' }), ts({ name: '', message: '' }));
console.log(ts({ name: undefined, message: undefined }), ts({ name: null, message: 0 }), ts({ name: 5, message: false }));
try { ts(1); } catch (e) { console.log('primitive receiver', e.name); }
const e = new Error('m');
console.log(Object.hasOwn(e, 'name'), Object.hasOwn(e, 'message'), Object.hasOwn(new Error(), 'message'));
console.log(Object.getOwnPropertyDescriptor(e, 'message').enumerable, Object.keys(e).length);
const pd = Object.getOwnPropertyDescriptor(Error.prototype, 'name');
console.log(pd.value, pd.writable, pd.enumerable, pd.configurable, Error.prototype.message === '');
console.log(TypeError.prototype.name, Object.hasOwn(TypeError.prototype, 'message'), TypeError.prototype.message === '');
console.log(Object.getPrototypeOf(TypeError.prototype) === Error.prototype, Object.getPrototypeOf(TypeError) === Error);
e.name = 'Custom';
console.log(String(e), e.toString === Error.prototype.toString);
const noName = new Error('x'); noName.name = '';
console.log(String(noName));
console.log(String(new RangeError()), String(new SyntaxError('s')), String(new EvalError('ev')), String(new URIError('u')), String(new ReferenceError('r')));
console.log(Object.prototype.toString.call(Error.prototype), Object.prototype.toString.call({ __proto__: Error.prototype }));
console.log(ts(Error.prototype), ts(TypeError.prototype), Error.length, TypeError.length);
console.log(Error.prototype.constructor === Error, RangeError.prototype.constructor === RangeError);
