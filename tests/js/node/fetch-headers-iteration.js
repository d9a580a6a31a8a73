// Headers iteration: sorted lowercase names, values combined with ", " (Set-Cookie kept apart), getSetCookie, keys/values/entries/forEach, changes during iteration, the iterator object and its toStringTag
const h = new Headers([
  ['X-Zeta', 'z'],
  ['Set-Cookie', 'id=1; Path=/'],
  ['accept', 'a'],
  ['B', '1'],
  ['set-cookie', 'theme=dark, light'],
  ['b', '2'],
  ['A-', 'dash'],
  ['a0', 'digit'],
  ['_', 'underscore'],
  ['Accept', 'b'],
]);
console.log('entries', JSON.stringify([...h.entries()]));
console.log('spread', JSON.stringify([...h]));
console.log('keys', JSON.stringify([...h.keys()]));
console.log('values', JSON.stringify([...h.values()]));
console.log('get set-cookie', h.get('set-cookie'));
console.log('getSetCookie', h.getSetCookie(), h.getSetCookie() !== h.getSetCookie());
console.log('getSetCookie none', new Headers({ a: 'b' }).getSetCookie());
const one = new Headers({ 'SET-COOKIE': 'only=1' });
console.log('one cookie', JSON.stringify([...one]), one.getSetCookie());
h.set('set-cookie', 'replaced=1');
console.log('after set', h.getSetCookie(), JSON.stringify([...h.keys()]));
h.delete('Set-Cookie');
console.log('after delete', h.getSetCookie(), h.has('set-cookie'));
console.log('Symbol.iterator is entries', Headers.prototype[Symbol.iterator] === Headers.prototype.entries);
console.log('for-of', Array.from(new Headers({ y: '2', x: '1' }), ([k, v]) => `${k}=${v}`).join('&'));

// forEach: (value, name, headers), with thisArg
const f = new Headers({ b: '2', A: '1', 'set-cookie': 'c' });
f.append('Set-Cookie', 'd');
f.forEach(function (value, name, headers) {
  console.log('forEach', name, value, headers === f, this.tag);
}, { tag: 'T' });

// The iterator reads the list at each step: changes after it was made are seen
const m = new Headers({ b: '1', d: '1' });
const it = m.keys();
m.append('a', '1');
console.log('first after adding a', it.next());
m.append('c', '1');
console.log('second after adding c', it.next());
m.delete('a');
console.log('third after deleting a', it.next());
console.log('fourth', it.next());
console.log('done', it.next(), it.next());

// for-of while appending: names sorted before the current one shift the position
const seen = [];
const live = new Headers({ b: '1', m: '1', x: '1' });
for (const [name] of live) {
  seen.push(name);
  if (name === 'm') live.append('a', 'new');
  if (name === 'x') live.append('z', 'last');
}
console.log('seen', seen.join(), 'final', [...live.keys()].join());

const visits = [];
const fe = new Headers({ k1: 'v' });
fe.forEach((value, name) => {
  visits.push(name);
  if (visits.length < 3) fe.append(`k${visits.length + 1}`, 'v');
});
console.log('forEach sees appended names', visits.join());

// The iterator object
const iter = new Headers().entries();
const proto = Object.getPrototypeOf(iter);
console.log(Object.prototype.toString.call(iter), iter[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(proto), Object.getOwnPropertySymbols(proto).map(String));
console.log('iterator of iterator', iter[Symbol.iterator]() === iter, Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
console.log('same prototype for all kinds', Object.getPrototypeOf(new Headers().keys()) === proto && Object.getPrototypeOf(new Headers().values()) === proto);
const desc = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag);
console.log('toStringTag descriptor', desc.writable, desc.enumerable, desc.configurable);
const nextDesc = Object.getOwnPropertyDescriptor(proto, 'next');
console.log('next descriptor', typeof nextDesc.value, nextDesc.writable, nextDesc.enumerable, nextDesc.configurable);
console.log('empty', iter.next());
try {
  proto.next.call({});
} catch (e) {
  console.log(e.name, e.message);
}
