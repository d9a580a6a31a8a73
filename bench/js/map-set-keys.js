// Map and Set with the key kinds real programs use: integers, fractions, strided integers,
// strings and objects; plus a sparse array with strided indices (an element dictionary).
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(100, Math.floor(200000 * SCALE));

let check = 0;
function mix(x) {
  check = (check * 31 + x) % 1000003;
}

function mapRound(key) {
  const m = new Map();
  for (let i = 0; i < N; i++) m.set(key(i), i);
  let hits = 0;
  for (let i = 0; i < N; i += 3) if (m.get(key(i)) === i) hits++;
  for (let i = 0; i < N; i += 2) m.delete(key(i));
  mix(hits);
  mix(m.size);
}

function setRound(key) {
  const s = new Set();
  for (let i = 0; i < N; i++) s.add(key(i));
  let hits = 0;
  for (let i = 0; i < N; i += 5) if (s.has(key(i))) hits++;
  mix(hits);
  mix(s.size);
}

const objects = [];
for (let i = 0; i < N; i++) objects.push({ i });

const kinds = [
  (i) => i,
  (i) => i + 0.5,
  (i) => i * 65536,
  (i) => 'k' + i,
  (i) => objects[i],
];
for (const key of kinds) {
  mapRound(key);
  setRound(key);
}

const sparse = [];
const M = Math.max(10, Math.floor(N / 5));
for (let i = 0; i < M; i++) sparse[i * 65536 + 1e6] = i;
let sum = 0;
for (let i = 0; i < M; i++) sum += sparse[i * 65536 + 1e6];
mix(sum % 1000003);
mix(sparse.length % 1000003);

console.log('checksum: ' + check);
