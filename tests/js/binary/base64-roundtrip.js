// Uint8Array base64 and hex round trips over every length up to 70 with pseudo-random bytes, both alphabets, with and without padding (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
let seed = 12345;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed >> 16;
};
let ok = 0;
let checksum = 0;
for (let len = 0; len <= 70; len++) {
  const u = new Uint8Array(len);
  for (let i = 0; i < len; i++) u[i] = next() & 255;
  for (const alphabet of ["base64", "base64url"]) {
    for (const omitPadding of [false, true]) {
      const s = u.toBase64({ alphabet, omitPadding });
      for (let i = 0; i < s.length; i++) checksum = (checksum * 31 + s.charCodeAt(i)) % 1000000007;
      const back = Uint8Array.fromBase64(s, { alphabet });
      if (back.length === len && Array.prototype.every.call(back, (v, i) => v === u[i])) ok++;
      const strict = Uint8Array.fromBase64(s, { alphabet, lastChunkHandling: omitPadding && len % 3 ? "loose" : "strict" });
      if (strict.length === len) ok++;
    }
  }
  const h = Uint8Array.fromHex(u.toHex());
  if (h.length === len && Array.prototype.every.call(h, (v, i) => v === u[i])) ok++;
}
console.log(ok, checksum);
const u = new Uint8Array([1, 2, 3, 4, 5]);
console.log(u.toBase64(), u.toBase64({ omitPadding: true }), u.toHex());
