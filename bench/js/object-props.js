// A property-heavy object loop: object literals, reads and writes of named properties,
// method calls through the prototype chain.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(2000000 * SCALE));

function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (o) {
  return new Point(this.x + o.x, this.y + o.y);
};
Point.prototype.norm1 = function () {
  return Math.abs(this.x) + Math.abs(this.y);
};

let acc = new Point(0, 0);
const step = { x: 1, y: -2 };
let sum = 0;
for (let i = 0; i < N; i++) {
  const rec = { id: i, weight: i % 7, tag: 'r', next: null };
  rec.weight += rec.id & 3;
  acc = acc.add(step);
  if (acc.x > 1000) acc = new Point(acc.x - 1000, acc.y + 2000);
  sum = (sum + rec.weight + acc.norm1()) % 1000003;
}
console.log('checksum: ' + sum);
