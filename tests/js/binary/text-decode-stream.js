// TextDecoder decode(…, {stream: true}): multi-byte sequences split across calls, the flush at the end of a stream, reuse after it
const feed = (label, bytes, step) => {
  const td = new TextDecoder(label);
  let out = "";
  for (let i = 0; i < bytes.length; i += step) out += td.decode(new Uint8Array(bytes.slice(i, i + step)), { stream: true });
  out += td.decode();
  return JSON.stringify(out);
};
const utf8 = [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x42];
for (const step of [1, 2, 3, 4, 5]) console.log("utf-8", step, feed("utf-8", utf8, step));
const utf16 = [0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0xac, 0x20, 0x42, 0x00];
for (const step of [1, 2, 3]) console.log("utf-16le", step, feed("utf-16le", utf16, step));
// An incomplete sequence at the end of the stream becomes U+FFFD when flushed.
const td = new TextDecoder();
console.log(JSON.stringify(td.decode(new Uint8Array([0x41, 0xe2, 0x82]), { stream: true })));
console.log(JSON.stringify(td.decode()));
// After the flush the decoder starts afresh.
console.log(JSON.stringify(td.decode(new Uint8Array([0x82, 0xac]))));
console.log(JSON.stringify(td.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })));
console.log(JSON.stringify(td.decode(new Uint8Array([0x98, 0x80]), { stream: false })));
// A bad continuation in the middle of a stream.
console.log(JSON.stringify(td.decode(new Uint8Array([0xe2]), { stream: true }) + td.decode(new Uint8Array([0x41]), { stream: true }) + td.decode()));
const odd = new TextDecoder("utf-16le");
console.log(JSON.stringify(odd.decode(new Uint8Array([0x41]), { stream: true })), JSON.stringify(odd.decode()));
