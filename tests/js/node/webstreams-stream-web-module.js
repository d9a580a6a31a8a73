// require('stream/web') and 'node:stream/web' give the same classes as the globals; property descriptors of the globals; constructors that are not constructible
const web = require('stream/web');
const prefixed = require('node:stream/web');
const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream',
];
for (const name of names) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, web[name] === globalThis[name], prefixed[name] === web[name], typeof web[name],
    desc.enumerable, desc.writable, desc.configurable, web[name].name, web[name].length);
}
for (const name of ['ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStreamDefaultController', 'WritableStreamDefaultController']) {
  try {
    new web[name]();
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
console.log(Object.keys(web).filter((k) => names.includes(k)).join(','));
console.log(Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(Object.keys(ReadableStream.prototype), ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
console.log(Object.keys(WritableStream.prototype), Object.keys(TransformStream.prototype));
console.log(Object.keys(ReadableStreamDefaultReader.prototype), Object.keys(ReadableStreamBYOBReader.prototype));
console.log(Object.keys(WritableStreamDefaultWriter.prototype));
console.log(Object.keys(ReadableByteStreamController.prototype), Object.keys(ReadableStreamBYOBRequest.prototype));
console.log(typeof ReadableStream.from, ReadableStream.from.length);
const rs = new web.ReadableStream();
console.log(rs instanceof ReadableStream, new ReadableStreamDefaultReader(rs) instanceof web.ReadableStreamDefaultReader);
try {
  new ReadableStreamDefaultReader({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
