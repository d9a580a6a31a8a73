// own properties of error objects and of Error.prototype (ignoring the engine-specific stack)
const e = new TypeError('msg', { cause: 'c' });
console.log(Object.keys(e));
console.log(Object.getOwnPropertyNames(e).filter(k => k !== 'stack').sort());
console.log(Object.getOwnPropertyNames(Error.prototype).filter(k => k !== 'stack').sort());
console.log(Object.getOwnPropertyNames(TypeError.prototype).sort());
console.log(Error.prototype.name, Error.prototype.message === '', typeof Error.prototype.toString);
console.log(TypeError.prototype.constructor === TypeError, Error.prototype.constructor === Error);
const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'name');
console.log(desc.value, desc.writable, desc.enumerable, desc.configurable);

// adding properties to errors
const custom = new Error('with props');
custom.code = 'E_CODE';
custom.details = { retry: true };
console.log(Object.keys(custom), custom.code, custom.details.retry);

// errors are ordinary extensible objects
console.log(Object.isExtensible(custom), typeof custom, custom.constructor.name);
