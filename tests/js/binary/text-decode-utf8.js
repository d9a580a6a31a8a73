// TextDecoder utf-8: valid text, malformed sequences replaced by U+FFFD as the Encoding standard counts them, every kind of input buffer
const td = new TextDecoder();
const show = (bytes) => {
  const s = td.decode(new Uint8Array(bytes));
  console.log(JSON.stringify(s), s.length);
};
show([0x68, 0x69]);
show([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
show([0xff]);
show([0xc0, 0x80]);
show([0xe0, 0x80, 0x80]);
show([0xed, 0xa0, 0x80]);
show([0xf4, 0x90, 0x80, 0x80]);
show([0xe2, 0x82]);
show([0xe2, 0x82, 0x41]);
show([0xf0, 0x9f, 0x98]);
show([0x80, 0x80, 0x41]);
show([0xc3]);
show([]);
const bytes = new Uint8Array([0x61, 0x62, 0x63, 0x64]);
console.log(td.decode(bytes.buffer), td.decode(new Uint8Array(bytes.buffer, 1, 2)), td.decode(new Uint16Array(bytes.buffer)));
console.log(JSON.stringify(td.decode()), JSON.stringify(td.decode(undefined)));
console.log(td.decode(new Float64Array([1])).length, td.decode(new Int32Array([0x41424344])));
for (const input of [null, 1, "abc", [0x61], {}]) {
  try {
    td.decode(input);
    console.log("accepted", input);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
