// Blob and File (global, File API): parts of strings, buffers and blobs, type normalisation, endings, slice, text/arrayBuffer/bytes/stream, inspect, argument errors
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
const parts = ['héllo ', new Uint8Array([119, 111]), new Blob(['rld']), new Uint16Array([0x2121]).buffer];
const b = new Blob(parts, { type: 'Text/Plain;Charset=UTF-8' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob);
show('bad type chars', () => new Blob([], { type: 'a\u00e9' }).type);
show('native endings', () => new Blob(['a\r\nb\rc\n'], { endings: 'native' }).size);
show('transparent endings', () => new Blob(['a\r\nb\rc\n']).size);
show('lone surrogate', () => new Blob(['\ud800']).size);
show('string', () => new Blob('abc'));
show('number', () => new Blob(5));
show('null', () => new Blob(null));
show('bad endings', () => new Blob([], { endings: 'weird' }));
show('bad options', () => new Blob([], 5));
show('iterable parts', () => new Blob(new Set(['x', 'y'])).size);
show('object part', () => new Blob([{}]).size);
const s = b.slice(1, -3, 'X/Y');
console.log(s, b.slice(-4).size, b.slice(100).size, b.slice(3, 1).size, b.slice().type);
const f = new File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, Object.prototype.toString.call(f));
show('File needs a name', () => new File(['x']));
show('File lastModified default is a number', () => typeof new File([], 'n').lastModified);
console.log(Object.getOwnPropertyNames(Blob.prototype), Object.getOwnPropertyNames(File.prototype));
(async () => {
  console.log('text', JSON.stringify(await b.text()));
  const ab = await b.arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const chunks = [];
  for await (const chunk of new Blob(['x'.repeat(70000)]).stream()) chunks.push(chunk.byteLength);
  console.log('stream chunks total', chunks.reduce((a, c) => a + c, 0));
  console.log('slice text', await s.text(), await f.slice(1).text());
  const clone = structuredClone(b);
  console.log('clone', clone, clone !== b, await clone.text() === await b.text());
  const copies = structuredClone({ one: b, two: b });
  console.log('one clone for two references', copies.one === copies.two);
})();
