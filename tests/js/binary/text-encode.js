// TextEncoder.prototype.encode: ASCII, multi-byte and astral text, lone surrogates as U+FFFD, argument conversion
const enc = new TextEncoder();
const hex = (u) => Array.prototype.map.call(u, (b) => b.toString(16).padStart(2, "0")).join(" ");
for (const s of ["", "abc", "é", "€", "\u{1F600}", "a\u00ffb\u0100", "\ud800", "\udc00x", "\ud83d\ude00\ud83d", "\0"]) {
  const u = enc.encode(s);
  console.log(JSON.stringify(s), u.length, hex(u), u instanceof Uint8Array, u.byteOffset, u.buffer.byteLength);
}
console.log(hex(enc.encode()), hex(enc.encode(undefined)), hex(enc.encode(null)), hex(enc.encode(12.5)));
console.log(hex(enc.encode({ toString: () => "hi" })), hex(enc.encode([1, 2])));
try {
  enc.encode(Symbol("s"));
} catch (e) {
  console.log(e.name);
}
console.log(enc.encoding, new TextEncoder().encode("x".repeat(1000)).length);
