// FormData iteration: insertion order, keys/values/entries/@@iterator/forEach, the iterator's prototype and toStringTag, live iteration while entries change, new URLSearchParams(formData)
const fd = new FormData();
fd.append('z', '1');
fd.append('a', '2');
fd.append('z', '3');
fd.append('file', new File(['abc'], 'f.txt', { type: 'text/plain' }));
fd.append('m', '4');
const show = (v) => (typeof v === 'string' ? v : `File(${v.name})`);

console.log('keys', [...fd.keys()]);
console.log('values', [...fd.values()].map(show));
console.log('entries', [...fd.entries()].map(([k, v]) => [k, show(v)]));
console.log('spread', [...fd].map(([k, v]) => `${k}:${show(v)}`));
console.log('@@iterator is entries', fd[Symbol.iterator] === fd.entries, FormData.prototype[Symbol.iterator] === FormData.prototype.entries);
const seen = [];
const self = { tag: 'thisArg' };
fd.forEach(function (value, key, object) {
  seen.push(`${key}=${show(value)} ${object === fd} ${this === self}`);
}, self);
console.log('forEach', seen);

// The iterator
const it = fd.keys();
const iterProto = Object.getPrototypeOf(it);
console.log('toString', Object.prototype.toString.call(it), String(it));
console.log('toStringTag', Object.getOwnPropertyDescriptor(iterProto, Symbol.toStringTag));
console.log('same prototype', Object.getPrototypeOf(fd.values()) === iterProto, Object.getPrototypeOf(fd.entries()) === iterProto);
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log('inherits %IteratorPrototype%', Object.getPrototypeOf(iterProto) === IteratorPrototype, it[Symbol.iterator]() === it);
const next = Object.getOwnPropertyDescriptor(iterProto, 'next');
console.log('next', typeof next.value, next.writable, next.enumerable, next.configurable);
console.log('own keys of the iterator', Object.keys(it));
console.log('step', it.next(), it.next());
try {
  iterProto.next.call({});
  console.log('next on a non-iterator did not throw');
} catch (e) {
  console.log('next on a non-iterator', e.name);
}

// Iteration is live: it sees entries added, and an index past removed ones
const live = new FormData();
live.append('a', '1');
live.append('b', '2');
live.append('c', '3');
const liveIt = live.entries();
console.log('live 1', liveIt.next().value);
live.append('d', '4');
live.delete('a');
console.log('live 2', liveIt.next().value);
console.log('live 3', liveIt.next().value);
console.log('live done', liveIt.next());
live.append('e', '5');
console.log('after done', liveIt.next());
const visited = [];
live.forEach((v, k) => {
  visited.push(k);
  if (k === 'b') live.append('added', 'x');
});
console.log('forEach sees appended', visited);

// URLSearchParams from a FormData (a sequence of pairs: a File value is converted to a string, "[object File]")
const params = new URLSearchParams(new FormData());
console.log('empty params', params.toString());
const text = new FormData();
text.append('q', 'a b&c');
text.append('q', 'é');
text.append('x', '');
console.log('params', new URLSearchParams(text).toString());
const withFile = new FormData();
withFile.append('f', new Blob(['x']), 'name.txt');
console.log('params with a file', new URLSearchParams(withFile).toString());
