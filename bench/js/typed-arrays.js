// Typed arrays: element loops over Int32Array and Float64Array (reads, writes, read-modify-
// write), bulk set/subarray copies, and DataView reads and writes in both byte orders.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;

function main(N, ROUNDS) {
  let check = 0;
  function mix(x) {
    check = (check * 31 + (x | 0)) % 1000003;
  }

  // Element loops.
  const ints = new Int32Array(N);
  const floats = new Float64Array(N);
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < N; i++) ints[i] = (i * 7 + r) & 0xffff;
    for (let i = 0; i < N; i++) floats[i] = ints[i] * 0.5 + r;
    let sum = 0;
    for (let i = 0; i < N; i++) sum = (sum + ints[i]) | 0;
    let fsum = 0;
    for (let i = 0; i < N; i++) fsum += floats[i];
    for (let i = 1; i < N; i++) ints[i] += ints[i - 1] & 1;
    mix(sum);
    mix(fsum);
    mix(ints[N - 1]);
  }

  // Bulk copies: set from a typed array and from a subarray window.
  const wide = new Int32Array(N * 2);
  for (let r = 0; r < ROUNDS * 4; r++) {
    wide.set(ints, r & 1 ? 0 : N);
    const part = wide.subarray(r * 100, r * 100 + (N >> 1));
    wide.set(part, (N >> 1) + r);
    mix(wide[N + r] + part.length);
  }

  // DataView: little- and big-endian reads and writes of 32-bit integers and floats.
  const view = new DataView(new ArrayBuffer(N));
  const words = N >> 3;
  for (let r = 0; r < ROUNDS / 2; r++) {
    for (let i = 0; i < words; i++) {
      view.setUint32(i * 8, i ^ r, r & 1);
      view.setFloat32(i * 8 + 4, i / 3, !(r & 1));
    }
    let acc = 0;
    for (let i = 0; i < words; i++) acc = (acc + view.getUint32(i * 8, r & 1) + view.getInt16(i * 8 + 4)) | 0;
    mix(acc);
  }
  return check;
}
console.log('checksum: ' + main(Math.max(1000, Math.floor((1 << 20) * SCALE)) | 0, 8));
