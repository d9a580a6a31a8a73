// pako-deflate: pako@{{pako}} (MIT AND Zlib; a JavaScript port of zlib) deflates generated text and binary buffers at several levels and strategies, inflates them back and verifies the round trip.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
//@@BUNDLE@@
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var pako = pakoLib;
  var SIZE = Math.max(4096, Math.round(1000000 * SCALE)); // bytes of input in total

  var seed = 0x9e3779b9 | 0;
  function rnd32() { // xorshift32
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return seed >>> 0;
  }
  var WORDS = ('the quick brown fox jumps over lazy dog engine bytecode closure prototype ' +
    'function return while for if else const let var async await yield class extends').split(' ');

  // text-like input: words, punctuation, numbers, line breaks (ASCII bytes)
  function makeText(n) {
    var out = new Uint8Array(n), p = 0;
    while (p < n) {
      var w = WORDS[rnd32() % WORDS.length];
      if (rnd32() % 9 === 0) w = String(rnd32() % 100000);
      for (var i = 0; i < w.length && p < n; i++) out[p++] = w.charCodeAt(i);
      if (p < n) out[p++] = rnd32() % 11 === 0 ? 10 : 32;
    }
    return out;
  }
  // binary input: runs, a slowly drifting signal, and noise
  function makeBinary(n) {
    var out = new Uint8Array(n), v = 128;
    for (var i = 0; i < n; i++) {
      var r = rnd32();
      if ((r & 0xff) < 40) { var run = (r >>> 8) % 40; while (run-- > 0 && i < n - 1) out[i++] = v; }
      v = (v + ((r >>> 16) % 7) - 3) & 0xff;
      out[i] = (r >>> 28) === 0 ? (r >>> 20) & 0xff : v;
    }
    return out;
  }

  var h = 0x811c9dc5;
  function mixBytes(a) { for (var i = 0; i < a.length; i++) h = Math.imul(h ^ a[i], 16777619) >>> 0; }
  function same(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  var CONFIGS = [
    { level: 1 }, { level: 6 }, { level: 9 }, { level: 6, strategy: pako.Z_RLE },
    { level: 6, strategy: pako.Z_HUFFMAN_ONLY }, { level: 9, memLevel: 9, windowBits: 15 }
  ];
  var CHUNK = 64 * 1024;
  var done = 0, k = 0, inBytes = 0, outBytes = 0, bad = 0;
  while (done < SIZE) {
    var n = Math.min(CHUNK, SIZE - done);
    var input = (k & 1) ? makeBinary(n) : makeText(n);
    var cfg = CONFIGS[k % CONFIGS.length];
    var packed;
    if (k % 5 === 4) packed = pako.gzip(input, cfg);
    else if (k % 5 === 3) packed = pako.deflateRaw(input, cfg);
    else packed = pako.deflate(input, cfg);
    var back = k % 5 === 3 ? pako.inflateRaw(packed) : pako.inflate(packed);
    if (!same(input, back)) bad++;
    mixBytes(packed);
    inBytes += n; outBytes += packed.length;
    done += n; k++;
  }
  // streaming interface: feed one buffer in small pieces, then inflate it in pieces too
  var big = makeText(Math.max(2048, Math.round(200000 * SCALE)));
  var d = new pako.Deflate({ level: 7 });
  for (var i = 0; i < big.length; i += 1000) d.push(big.subarray(i, Math.min(big.length, i + 1000)), i + 1000 >= big.length);
  var inf = new pako.Inflate();
  for (var j = 0; j < d.result.length; j += 777) inf.push(d.result.subarray(j, Math.min(d.result.length, j + 777)), j + 777 >= d.result.length);
  if (!same(big, inf.result)) bad++;
  mixBytes(d.result);
  return k + ' ' + inBytes + ' ' + outBytes + ' ' + d.result.length + ' ' + bad + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
