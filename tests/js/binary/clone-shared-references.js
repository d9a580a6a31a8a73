// structuredClone keeps shared references and cycles (HTML's "memory"), for a few objects and for many (past the first eight the serializer's memory becomes a hash table): each shared object is cloned once, cycles point back into the clone.
function check(n) {
  const shared = { shared: true };
  const items = [];
  for (let i = 0; i < n; i++) items.push({ i, shared, self: null });
  for (const item of items) item.self = item;
  const root = { items, first: items[0], last: items[n - 1] };
  root.root = root;
  const copy = structuredClone(root);
  const sharedOnce = copy.items.every((item) => item.shared === copy.items[0].shared);
  const cycles = copy.items.every((item) => item.self === item) && copy.root === copy;
  const ends = copy.first === copy.items[0] && copy.last === copy.items[n - 1];
  const distinct = copy !== root && copy.items[0] !== items[0] && copy.items[0].shared !== shared;
  console.log(n, sharedOnce, cycles, ends, distinct, copy.items.map((x) => x.i).join(','));
}
for (const n of [1, 3, 7, 8, 9, 20]) check(n);
