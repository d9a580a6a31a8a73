// Prototypes with hundreds of methods (a bundle's Parser.prototype): calls through them,
// redefinition, deletion, and a prototype past the fast-mode bound.
function P() { this.n = 0; }
const pp = P.prototype;
for (let i = 0; i < 600; i++) pp['m' + i] = new Function('return this.n + ' + i);
const p = new P();
let sum = 0;
for (let r = 0; r < 3; r++) for (let i = 0; i < 600; i += 7) sum += p['m' + i]();
console.log(sum, p.m599(), Object.keys(pp).length, Object.getOwnPropertyNames(pp)[0]);
pp.m5 = function () { return 'replaced'; };
console.log(p.m5(), p.m6());
delete pp.m6;
console.log(typeof p.m6, p.m7());
class C { constructor() { this.x = 1; } }
for (let i = 0; i < 1500; i++) C.prototype['k' + i] = i;
const c = new C();
console.log(c.k0, c.k1499, c.x, Object.keys(C.prototype).length);
const o = {};
for (let i = 0; i < 300; i++) o['p' + i] = i;
console.log(o.p299, Object.keys(o).length);
