// console.log walks Maps and Sets live, as Node's for-of does; "more items" counts from the size at the start.
const m = new Map();
m.set('a', { [Symbol.for('nodejs.util.inspect.custom')]() { m.delete('b'); m.set('c', 'added'); return 'custom'; } });
m.set('b', { only: ['reachable', 'through', 'the', 'map'] });
console.log(m);
const s = new Set(); s.add({ [Symbol.for('nodejs.util.inspect.custom')]() { s.add('late'); return 'first'; } });
console.log(s);
{
  const m = new Map();
  m.set('a', { [Symbol.for('nodejs.util.inspect.custom')]() { m.delete('b'); return 'custom'; } });
  m.set('b', { only: ['reachable', 'through', 'the', 'map'] });
  console.table(m);
  console.log(m.size);
}
