// import('node:stream/web') from CommonJS: the named exports are the same classes as require('stream/web') and the globals
(async () => {
  const ns = await import('node:stream/web');
  const cjs = require('stream/web');
  const names = ['ReadableStream', 'WritableStream', 'TransformStream', 'ReadableStreamBYOBReader',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
  for (const name of names) console.log(name, ns[name] === cjs[name], ns[name] === globalThis[name]);
  console.log('default export is the CommonJS exports:', ns.default === cjs);
  const { ReadableStream: RS } = await import('stream/web');
  const chunks = [];
  for await (const c of RS.from('web')) chunks.push(c);
  console.log(chunks);
})();
