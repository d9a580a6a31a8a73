// TextEncoder and TextDecoder over 1 MB of mixed ASCII and multi-byte text, whole and
// streamed in chunks that split multi-byte sequences.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var MB = Math.max(4096, Math.floor((1 << 20) * SCALE));

let check = 0;
function mix(x) {
  check = (check * 31 + (x | 0)) % 1000003;
}

const parts = [];
let size = 0;
for (let i = 0; size < MB; i++) {
  const p = i % 5 === 0 ? 'ünïcødé ' + i + ' €漢字 ' : 'plain ascii line ' + i + '\n';
  parts.push(p);
  size += p.length;
}
const text = parts.join('');
const enc = new TextEncoder();
const dec = new TextDecoder();
for (let r = 0; r < 8; r++) {
  const bytes = enc.encode(text);
  mix(bytes.length);
  const back = dec.decode(bytes);
  mix(back.length);
  let streamed = 0;
  const sd = new TextDecoder('utf-8');
  for (let off = 0; off < bytes.length; off += 4093) {
    streamed += sd.decode(bytes.subarray(off, off + 4093), { stream: true }).length;
  }
  streamed += sd.decode().length;
  mix(streamed);
  const into = new Uint8Array(bytes.length);
  mix(enc.encodeInto(text, into).written);
}
console.log('checksum: ' + check);
