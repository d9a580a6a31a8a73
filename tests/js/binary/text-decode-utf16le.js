// TextDecoder utf-16le (also the label "utf-16"): surrogate pairs, lone surrogates and an odd trailing byte become U+FFFD
const td = new TextDecoder("utf-16le");
const show = (bytes) => {
  const s = td.decode(new Uint8Array(bytes));
  console.log(JSON.stringify(s), s.length, Array.prototype.map.call(s, (c) => c.charCodeAt(0).toString(16)).join(" "));
};
show([0x68, 0x00, 0x69, 0x00]);
show([0xac, 0x20, 0xe9, 0x00]);
show([0x3d, 0xd8, 0x00, 0xde]);
show([0x3d, 0xd8]);
show([0x3d, 0xd8, 0x41, 0x00]);
show([0x00, 0xde, 0x41, 0x00]);
show([0x41, 0x00, 0x42]);
show([]);
console.log(new TextDecoder("utf-16").encoding, new TextDecoder("UTF-16LE").encoding, new TextDecoder("ucs-2").encoding);
const words = new Uint16Array([0x48, 0x69, 0xd83d, 0xde00]);
console.log(JSON.stringify(td.decode(words)), JSON.stringify(td.decode(words.buffer)));
