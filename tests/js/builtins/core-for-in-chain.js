// for-in over prototype chains: shadowing, non-enumerable shadowing, deletion and addition during iteration
const grand = { g1: 1, shared: 'grand' };
const parent = Object.create(grand, { hiddenShadow: { value: 1, enumerable: false } });
parent.p1 = 1; parent.shared = 'parent';
grand.hiddenShadow = 'visible in grand';
const child = Object.create(parent);
child.c1 = 1; child[0] = 'idx'; child.shared = 'child';
const keys = [];
for (const k in child) keys.push(k);
console.log(keys.join(','));
const del = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in del) { visited.push(k); if (k === 'a') delete del.b; }
console.log(visited.join(','));
const delProto = Object.create({ inheritedLater: 1 });
delProto.own = 1;
const v2 = [];
for (const k in delProto) { v2.push(k); delete Object.getPrototypeOf(delProto).inheritedLater; }
console.log(v2.join(','));
const arr = ['x', 'y']; arr.extra = 'e';
Array.prototype.polluted = 'bad';
const ak = [];
for (const k in arr) ak.push(k);
delete Array.prototype.polluted;
console.log(ak.join(','));
const strKeys = [];
for (const k in 'ab') strKeys.push(k);
for (const k in new String('cd')) strKeys.push(typeof k);
console.log(strKeys.join(','));
let n = 0;
for (const k in null) n++; for (const k in undefined) n++; for (const k in 42) n++;
console.log(n);
const symObj = { [Symbol('s')]: 1, vis: 1 }; const sk = []; for (const k in symObj) sk.push(k);
console.log(sk);
const bare = Object.create(null); bare.z = 1; bare.a = 2; const bk = []; for (const k in bare) bk.push(k);
console.log(bk, 'toString' in bare);
const ow = Object.create({ x: 1 }); ow.x = 2; delete ow.x;
const wk = []; for (const k in ow) wk.push(k);
console.log(wk);
