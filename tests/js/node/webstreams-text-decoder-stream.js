// TextDecoderStream: multi-byte characters split between chunks, BOM handling, UTF-16LE, fatal mode errors, bad chunks
async function decodeAll(chunks, ...args) {
  const stream = new TextDecoderStream(...args);
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) writer.write(chunk).catch(() => {});
  writer.close().catch(() => {});
  const parts = [];
  for await (const part of stream.readable) parts.push(part);
  return parts;
}
async function main() {
  // "€" is E2 82 AC, "😀" is F0 9F 98 80.
  const euro = new Uint8Array([0xE2, 0x82, 0xAC]);
  console.log(await decodeAll([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]));
  const bytes = new TextEncoder().encode('ab😀cd€');
  const split = [bytes.subarray(0, 3), bytes.subarray(3, 5), bytes.subarray(5, 9), bytes.subarray(9)];
  const parts = await decodeAll(split);
  console.log(parts, JSON.stringify(parts.join('')));
  console.log('incomplete at end:', JSON.stringify((await decodeAll([new Uint8Array([0x61, 0xF0, 0x9F])])).join('')));
  console.log('BOM removed:', JSON.stringify((await decodeAll([new Uint8Array([0xEF, 0xBB]), new Uint8Array([0xBF, 0x68, 0x69])])).join('')));
  console.log('BOM kept:', JSON.stringify((await decodeAll([new Uint8Array([0xEF, 0xBB, 0xBF, 0x68])], 'utf-8', { ignoreBOM: true })).join('')));
  console.log('utf-16le:', await decodeAll([new Uint8Array([0x68, 0x00, 0x69]), new Uint8Array([0x00])], 'utf-16le'));
  console.log('ArrayBuffer and DataView chunks:', await decodeAll([new Uint8Array([0x6F]).buffer, new DataView(new Uint8Array([0x6B]).buffer)]));

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  console.log(fatal.encoding, fatal.fatal, fatal.ignoreBOM);
  const writer = fatal.writable.getWriter();
  writer.write(new Uint8Array([0xFF])).catch((err) => console.log('write rejected:', err.name, err.code));
  try {
    await fatal.readable.getReader().read();
  } catch (err) {
    console.log('readable errored:', err.name, err.code, err.message);
  }

  const bad = new TextDecoderStream();
  bad.writable.getWriter().write('not bytes').catch((err) => console.log('bad chunk:', err.name, err.code, err.message));
  try {
    await bad.readable.getReader().read();
  } catch (err) {
    console.log('readable errored too:', err.code);
  }

  try {
    new TextDecoderStream('no-such-encoding');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
