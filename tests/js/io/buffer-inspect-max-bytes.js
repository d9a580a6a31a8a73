// buffer.INSPECT_MAX_BYTES controls how many bytes inspect shows; setting it is validated (ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE)
const buffer = require('buffer');
const b = Buffer.from('0123456789');
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 4;
console.log(buffer.INSPECT_MAX_BYTES, b);
console.log(Buffer.alloc(4, 1), Buffer.alloc(5, 2));
buffer.INSPECT_MAX_BYTES = 0;
console.log(b, Buffer.alloc(0));
buffer.INSPECT_MAX_BYTES = 1;
console.log(b);
buffer.INSPECT_MAX_BYTES = 2.5;
console.log(buffer.INSPECT_MAX_BYTES, b);
buffer.INSPECT_MAX_BYTES = Infinity;
console.log(buffer.INSPECT_MAX_BYTES, Buffer.alloc(60, 7).toString('hex') === '07'.repeat(60));
console.log(Buffer.alloc(55, 7));
for (const bad of ['5', -1, NaN, null, undefined, 5n]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
    console.log('accepted', String(bad), buffer.INSPECT_MAX_BYTES);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(buffer.INSPECT_MAX_BYTES);
const desc = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.alloc(51));
