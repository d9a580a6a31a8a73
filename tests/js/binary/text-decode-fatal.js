// TextDecoder fatal mode: malformed input throws Node's TypeError (code ERR_ENCODING_INVALID_ENCODED_DATA); the decoder works again afterwards
const cases = [
  ["utf-8", [0xff]],
  ["utf-8", [0x41, 0xc3]],
  ["utf-8", [0xed, 0xa0, 0x80]],
  ["utf-8", [0xc3, 0xa9]],
  ["utf-16le", [0x41]],
  ["utf-16le", [0x00, 0xd8]],
  ["utf-16le", [0x00, 0xdc, 0x41, 0x00]],
  ["utf-16le", [0x3d, 0xd8, 0x00, 0xde]],
];
for (const [label, bytes] of cases) {
  const td = new TextDecoder(label, { fatal: true });
  try {
    console.log(label, JSON.stringify(td.decode(new Uint8Array(bytes))));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof TypeError);
  }
}
const td = new TextDecoder("utf-8", { fatal: true });
console.log(td.fatal, td.ignoreBOM);
try {
  td.decode(new Uint8Array([0xe2, 0x82]));
} catch (e) {
  console.log(e.name);
}
console.log(td.decode(new Uint8Array([0x41])));
// A partial sequence is not an error until the stream ends.
console.log(JSON.stringify(td.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
console.log(JSON.stringify(td.decode(new Uint8Array([0xac]))));
td.decode(new Uint8Array([0xe2]), { stream: true });
try {
  td.decode();
} catch (e) {
  console.log("flush:", e.name);
}
console.log(new TextDecoder("utf-8", { fatal: 0 }).fatal, new TextDecoder("utf-8", { fatal: "yes" }).fatal);
