// Uint8Array.fromBase64: vectors, whitespace, both alphabets, padding and invalid input (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const show = (f) => {
  try {
    const r = f();
    console.log(r instanceof Uint8Array ? "[" + Array.prototype.join.call(r, ",") + "]" : JSON.stringify(r));
  } catch (e) {
    console.log(e.name);
  }
};
for (const s of ["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "Zg", "Zm8", "Zm9vYg"]) {
  show(() => Uint8Array.fromBase64(s));
}
// ASCII whitespace anywhere (tab, LF, FF, CR, space), but not other spaces.
show(() => Uint8Array.fromBase64(" Z m\t9\nv\fY\rm Fy "));
show(() => Uint8Array.fromBase64("Zm9v\u00a0"));
show(() => Uint8Array.fromBase64("Zm9v\u000b"));
show(() => Uint8Array.fromBase64("Zg = ="));
show(() => Uint8Array.fromBase64("Zm8 =  "));
// Alphabets.
show(() => Uint8Array.fromBase64("+/+/"));
show(() => Uint8Array.fromBase64("-_-_"));
show(() => Uint8Array.fromBase64("-_-_", { alphabet: "base64url" }));
show(() => Uint8Array.fromBase64("+/+/", { alphabet: "base64url" }));
show(() => Uint8Array.fromBase64("x+/y", { alphabet: "base64" }));
// Bad input.
for (const s of ["Z", "Zm9vY", "=", "Z===", "Zg=", "Zg===", "Zg==Zg==", "Zm9v=", "Zm=9v", "Zm9v*", "Zm\u00e99v", "Zm9v\ud800"]) {
  show(() => Uint8Array.fromBase64(s));
}
// Non-zero padding bits are ignored in "loose" mode.
show(() => Uint8Array.fromBase64("Zh=="));
show(() => Uint8Array.fromBase64("Zm9="));
// Only strings.
show(() => Uint8Array.fromBase64(12));
show(() => Uint8Array.fromBase64(new String("Zg==")));
show(() => Uint8Array.fromBase64());
// The result is a plain Uint8Array whatever the receiver.
const r = Uint8Array.fromBase64.call(Int8Array, "AQID");
console.log(Object.getPrototypeOf(r) === Uint8Array.prototype, r.length, r.buffer.byteLength);
console.log(Uint8Array.fromBase64.length, Uint8Array.fromBase64.name);
