// the message property: own only when provided, converted to string, non-enumerable
const e1 = new Error('boom');
console.log(e1.message, e1.hasOwnProperty('message'), Object.keys(e1).length);
const d = Object.getOwnPropertyDescriptor(e1, 'message');
console.log(d.writable, d.enumerable, d.configurable);

const e2 = new Error();
console.log('[' + e2.message + ']', e2.hasOwnProperty('message'));
const e3 = new Error(undefined);
console.log(e3.hasOwnProperty('message'));
const e4 = new Error(42);
console.log(e4.message, typeof e4.message);
const e5 = new Error({ toString() { return 'from toString'; } });
console.log(e5.message);
const e6 = new Error(null);
console.log(e6.message);

// name is inherited and writable
const e7 = new TypeError('t');
console.log(e7.hasOwnProperty('name'), e7.name);
e7.name = 'Renamed';
console.log(e7.name, String(e7));

// message can be changed
e1.message = 'changed';
console.log(String(e1));

// symbol messages throw when converted
try { new Error(Symbol('s')); } catch (e) { console.log('symbol message', e.name); }
