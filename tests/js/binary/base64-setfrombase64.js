// Uint8Array.prototype.setFromBase64: {read, written}, targets too small for a chunk, views with offsets, bytes written before an error (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const run = (size, s, opts) => {
  const target = new Uint8Array(size);
  for (let i = 0; i < size; i++) target[i] = 255;
  let r;
  try {
    r = JSON.stringify(target.setFromBase64(s, opts));
  } catch (e) {
    r = e.name;
  }
  console.log(JSON.stringify(s), size, JSON.stringify(opts || {}), r, "[" + Array.prototype.join.call(target, ",") + "]");
};
run(8, "Zm9vYmFy");
run(6, "Zm9vYmFy");
run(5, "Zm9vYmFy");
run(4, "Zm9vYmFy");
run(3, "Zm9vYmFy");
run(2, "Zm9vYmFy");
run(0, "Zm9vYmFy");
run(0, "*");
run(4, "Zm9vYg==");
run(4, "Zm9vYg");
run(5, "Zm9vYmE");
run(4, "Zm9vYmE");
run(8, "Zm9vYg", { lastChunkHandling: "stop-before-partial" });
run(8, "Zm9vYg=", { lastChunkHandling: "stop-before-partial" });
run(8, "Zm9vYg", { lastChunkHandling: "strict" });
run(8, "Zm9v Ym Fy ");
run(8, "  Zm9v  ");
run(3, "Zm9v   \n ");
run(3, "Zm9vYm");
// An error after complete chunks: those bytes are written, then the SyntaxError.
run(8, "Zm9vYmFy*");
run(8, "Zm9v*mFy");
run(8, "Zm9vY");
run(8, "Zm9vYmFyZ", { lastChunkHandling: "loose" });
run(8, "-_-_", { alphabet: "base64url" });
run(8, "-_-_");
// A view into a larger buffer writes only inside its window.
const base = new Uint8Array(10);
for (let i = 0; i < 10; i++) base[i] = 7;
const view = new Uint8Array(base.buffer, 3, 4);
console.log(JSON.stringify(view.setFromBase64("AQIDBAUG")), Array.prototype.join.call(base, ","));
// Errors before decoding.
const t = (f) => {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name);
  }
};
t(() => new Uint8Array(4).setFromBase64(1));
t(() => Uint8Array.prototype.setFromBase64.call(new Int8Array(4), "AAAA"));
t(() => new Uint8Array(4).setFromBase64("AAAA", { alphabet: "hex" }));
const d = new Uint8Array(4);
d.buffer.transfer();
t(() => d.setFromBase64("AAAA"));
console.log(Uint8Array.prototype.setFromBase64.length);
