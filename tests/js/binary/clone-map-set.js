// structuredClone of Map and Set: order, object keys keep identity with other references, -0 keys, nested collections
const key = { k: 1 };
const m = new Map([[key, 'object key'], ['s', key], [1n, 'bigint'], [-0, 'zero'], [NaN, 'nan']]);
const mc = structuredClone(m);
const [k2] = mc.keys();
console.log(mc, mc !== m, k2 !== key, mc.get('s') === k2, mc.get(1n), mc.get(0), mc.get(NaN));
const s = new Set([key, 'x', key, [key]]);
const sc = structuredClone(s);
const items = [...sc];
console.log(sc, sc.size, items[2][0] === items[0]);
const nested = new Map([['inner', new Set([new Map([[1, 2]])])]]);
console.log(structuredClone(nested));
const m2 = new Map();
m2.set(m2, m2);
const m2c = structuredClone(m2);
console.log(m2c.get(m2c) === m2c, m2c.has(m2c));
m.extra = 'dropped?';
console.log(structuredClone(m).extra);
