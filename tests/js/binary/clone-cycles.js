// structuredClone preserves cycles and shared references, and never returns the original objects
const shared = { v: 1 };
const root = { a: shared, b: shared, list: [shared] };
root.self = root;
root.list.push(root.list);
const c = structuredClone(root);
console.log(c.a === c.b, c.list[0] === c.a, c.self === c, c.list[1] === c.list, c.a !== shared, c !== root);
console.log(c);
const arr = [];
arr.push(arr, { back: arr });
const ac = structuredClone(arr);
console.log(ac[0] === ac, ac[1].back === ac);
const e = new Error('loop');
const holder = { e, again: e };
const hc = structuredClone(holder);
console.log(hc.e === hc.again, hc.e !== e);
