// TextEncoder.prototype.encodeInto: {read, written} counts, whole characters only, views with offsets, bad destinations
const enc = new TextEncoder();
const run = (s, size) => {
  const u = new Uint8Array(size);
  const r = enc.encodeInto(s, u);
  console.log(JSON.stringify(s), size, JSON.stringify(r), Array.prototype.join.call(u, ","));
};
run("abc", 5);
run("abc", 2);
run("aé", 2);
run("aé", 3);
run("€€", 5);
run("\u{1F600}!", 3);
run("\u{1F600}!", 4);
run("\u{1F600}!", 5);
run("a\ud800b", 10);
run("\udc00", 2);
run("\udc00", 3);
run("", 0);
run("x", 0);
const base = new Uint8Array(8);
const view = new Uint8Array(base.buffer, 3, 3);
console.log(JSON.stringify(enc.encodeInto("héllo", view)), Array.prototype.join.call(base, ","));
for (const dest of [undefined, null, 5, {}, [1, 2], new Int8Array(4), new Uint8ClampedArray(4)]) {
  try {
    enc.encodeInto("a", dest);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
