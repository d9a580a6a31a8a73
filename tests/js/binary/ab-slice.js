// ArrayBuffer slice: relative indices, species, and the species result checks
const ab = new ArrayBuffer(8); const u = new Uint8Array(ab); for (let i = 0; i < 8; i++) u[i] = i;
const show = (b) => Array.from(new Uint8Array(b)).join(',');
console.log(show(ab.slice(2, 5)), show(ab.slice(-3)), show(ab.slice(5, 2)), show(ab.slice(-100, 100)));
class Sub extends ArrayBuffer {}
console.log(new Sub(4).slice(1) instanceof Sub);
for (const species of [function () { return new ArrayBuffer(1); }, function () { return {}; }]) {
  class X extends ArrayBuffer { static get [Symbol.species]() { return species; } }
  try { new X(8).slice(); } catch (e) { console.log(e.name, e.message); }
}
