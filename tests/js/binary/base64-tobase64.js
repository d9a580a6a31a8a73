// Uint8Array.prototype.toBase64: RFC 4648 vectors, both alphabets, omitPadding, receivers and detached buffers (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const show = (f) => {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name);
  }
};
const bytes = (s) => new Uint8Array(Array.prototype.map.call(s, (c) => c.charCodeAt(0)));
for (const s of ["", "f", "fo", "foo", "foob", "fooba", "foobar"]) {
  const u = bytes(s);
  console.log(JSON.stringify(s), u.toBase64(), u.toBase64({ omitPadding: true }), u.toBase64({ alphabet: "base64url" }));
}
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
console.log(all.toBase64());
console.log(all.toBase64({ alphabet: "base64url", omitPadding: true }));
const hi = new Uint8Array([0xfb, 0xff, 0xbf, 0xfe]);
console.log(hi.toBase64(), hi.toBase64({ alphabet: "base64" }), hi.toBase64({ alphabet: "base64url" }));
console.log(hi.toBase64({ omitPadding: 1 }), hi.toBase64({ omitPadding: "" }), hi.toBase64({ omitPadding: {} }));
show(() => hi.toBase64({ alphabet: "base64URL" }));
show(() => hi.toBase64({ alphabet: "other" }));
show(() => Uint8Array.prototype.toBase64.call(new Int8Array(2)));
show(() => Uint8Array.prototype.toBase64.call(new Uint8ClampedArray(2)));
show(() => Uint8Array.prototype.toBase64.call([1, 2]));
show(() => Uint8Array.prototype.toBase64.call(undefined));
// A view with an offset encodes only its own bytes.
const view = new Uint8Array(all.buffer, 250, 3);
console.log(view.toBase64());
// Detached buffers.
const d = new Uint8Array(4);
d.buffer.transfer();
show(() => d.toBase64());
console.log(Uint8Array.prototype.toBase64.length, Uint8Array.prototype.toBase64.name);
console.log(Object.getOwnPropertyDescriptor(Uint8Array.prototype, "toBase64").enumerable);
