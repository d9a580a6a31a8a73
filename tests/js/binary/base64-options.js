// Uint8Array base64 options: GetOptionsObject, the order of option reads, no coercion of alphabet or lastChunkHandling (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const log = [];
const opts = (values) =>
  new Proxy(values, {
    get(t, k) {
      log.push(String(k));
      return t[k];
    },
  });
const t = (f) => {
  log.length = 0;
  try {
    const r = f();
    console.log(r instanceof Uint8Array ? "[" + Array.prototype.join.call(r, ",") + "]" : JSON.stringify(r), log.join(","));
  } catch (e) {
    console.log(e.name, log.join(","));
  }
};
t(() => Uint8Array.fromBase64("Zm9v", opts({})));
t(() => Uint8Array.fromBase64("Zm9v", opts({ alphabet: "bad" })));
t(() => new Uint8Array(3).toBase64(opts({ omitPadding: true })));
t(() => new Uint8Array(4).setFromBase64("Zm9v", opts({ lastChunkHandling: "strict" })));
for (const o of [null, 1, "x", true, Symbol("s")]) {
  t(() => Uint8Array.fromBase64("Zm9v", o));
  t(() => new Uint8Array(1).toBase64(o));
}
t(() => Uint8Array.fromBase64("Zm9v", undefined));
t(() => Uint8Array.fromBase64("Zm9v", []));
t(() => Uint8Array.fromBase64("Zm9v", { alphabet: new String("base64") }));
t(() => Uint8Array.fromBase64("Zm9v", { alphabet: { toString: () => "base64" } }));
t(() => Uint8Array.fromBase64("Zm9v", { lastChunkHandling: new String("loose") }));
t(() => Uint8Array.fromBase64("Zm9v", { alphabet: undefined, lastChunkHandling: undefined }));
// An option getter that detaches the buffer: toBase64 reads the bytes after the options.
const u = new Uint8Array(4);
t(() =>
  u.toBase64({
    get omitPadding() {
      u.buffer.transfer();
      return false;
    },
  }),
);
const w = new Uint8Array(4);
t(() =>
  w.setFromBase64("AAAA", {
    get lastChunkHandling() {
      w.buffer.transfer();
      return "loose";
    },
  }),
);
// The string is checked before the options are read.
t(() => Uint8Array.fromBase64(1, opts({})));
