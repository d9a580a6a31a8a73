// Uint8Array.fromBase64 lastChunkHandling: loose, strict and stop-before-partial on complete, partial, padded and bad final chunks (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const run = (s, mode) => {
  try {
    return "[" + Array.prototype.join.call(Uint8Array.fromBase64(s, { lastChunkHandling: mode }), ",") + "]";
  } catch (e) {
    return e.name;
  }
};
const inputs = [
  "", "ZXhh", "ZXhhZg", "ZXhhZg==", "ZXhhZm8", "ZXhhZm8=", "ZXhhZh==", "ZXhhZm9=", "ZXhhZ", "ZXhhZg=",
  "ZXhhZg= =", "ZXhhZg==  ", "ZXhhZg==Z", "ZXhh=", "ZXhhZm9v", " ZXhhZg ", "ZXhhZh", "ZXhhZm9",
];
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(14), ["loose", "strict", "stop-before-partial"].map((m) => run(s, m)).join(" | "));
}
for (const bad of ["Loose", "", "stop", null]) {
  try {
    Uint8Array.fromBase64("ZXhh", { lastChunkHandling: bad });
    console.log("accepted", bad);
  } catch (e) {
    console.log(JSON.stringify(bad), e.name);
  }
}
