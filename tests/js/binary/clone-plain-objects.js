// structuredClone of plain objects reads each key's slot while the object keeps its shape
// (serialize.rs plain_data_properties); a nested getter that changes the object switches to
// the spec's HasOwnProperty/[[Get]] for the keys left. Output: Node 20's.
const parent = { a: 1, b: { get g() { delete parent.c; parent.d = 9; parent.e = 'changed'; return 2; } }, c: 3, e: 'orig', f: [1, 2] };
console.log(structuredClone(parent));
const p2 = { x: 1, y: { get g() { Object.defineProperty(p2, 'z', { enumerable: false }); return 1; } }, z: 3, w: 4 };
console.log(structuredClone(p2));
const p3 = { m: { get g() { p3.n = 'late'; return 0; } }, n: 'early' };
console.log(structuredClone(p3));
const o = {}; Object.defineProperty(o, 'hidden', { value: 1, enumerable: false }); o.vis = 2;
console.log(structuredClone(o));
const big = {}; for (let i = 0; i < 200; i++) big['k' + i] = i;
console.log(Object.keys(structuredClone(big)).length, structuredClone(big).k199);
console.log(structuredClone({ 1: 'a', b: 'b', 0: 'z' }));
const withAcc = { a: 1, get b() { return 5; }, c: 3 };
console.log(structuredClone(withAcc));
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { console.log(e.data); port2.close(); };
port1.postMessage({ i: 1, payload: 'x', nested: { deep: [1, { k: 'v' }] } });
