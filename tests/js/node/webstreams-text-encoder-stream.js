// TextEncoderStream: strings to UTF-8 chunks, surrogate pairs split between chunks, lone surrogates become U+FFFD, empty chunks produce nothing, non-strings are stringified
async function encodeAll(chunks) {
  const stream = new TextEncoderStream();
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) writer.write(chunk);
  writer.close();
  const out = [];
  for await (const bytes of stream.readable) out.push(Array.from(bytes, (b) => b.toString(16)).join(' '));
  return out;
}
async function main() {
  const s = new TextEncoderStream();
  console.log(s.encoding, s.readable instanceof ReadableStream, s.writable instanceof WritableStream);
  console.log(await encodeAll(['hi', '', '€']));
  const smile = '😀';
  console.log('split pair', await encodeAll([`a${smile[0]}`, `${smile[1]}b`]));
  console.log('lone high at end', await encodeAll(['x\uD800']));
  console.log('lone high then text', await encodeAll(['\uD800', 'y']));
  console.log('lone low', await encodeAll(['\uDC00z']));
  console.log('two highs', await encodeAll(['\uD83D\uD83D\uDE00']));
  console.log('high, empty, low', await encodeAll(['\uD83D', '', '\uDE00']));
  console.log('non-strings', await encodeAll([42, null, { toString() { return 'obj'; } }]));
  const piped = [];
  for await (const bytes of ReadableStream.from(['caf', 'é']).pipeThrough(new TextEncoderStream())) piped.push(...bytes);
  console.log('piped', new TextDecoder().decode(new Uint8Array(piped)));
}
main();
